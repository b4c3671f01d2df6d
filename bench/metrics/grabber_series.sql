-- Grabber 1's figures per day over 2026-Q3.
SELECT day, SUM(volume), SUM(won), SUM(lost), SUM(reclaimed), SUM(revenue), SUM(attempts), SUM(attempts_won), SUM(feedback_sum),
       SUM(feedback_count), SUM(violations)
FROM grabber_days WHERE grabber_id = 1 AND day >= '2026-07-01' AND day < '2026-10-01' GROUP BY day;

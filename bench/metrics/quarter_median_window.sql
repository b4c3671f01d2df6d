-- 2026-Q3 (Asia/Shanghai): the rollup sums, then every grabber's exact median response with one
-- window-function statement over the quarter's holdings (simpler to write, slower to run).
SELECT g.id, g.name, SUM(d.volume), SUM(d.won), SUM(d.lost), SUM(d.reclaimed), SUM(d.revenue), SUM(d.attempts), SUM(d.attempts_won),
       SUM(d.feedback_sum), SUM(d.feedback_count), SUM(d.violations)
FROM grabbers g LEFT JOIN grabber_days d ON d.grabber_id = g.id AND d.day >= '2026-07-01' AND d.day < '2026-10-01'
GROUP BY g.id;
WITH r AS (SELECT grabber_id, response_ms, ROW_NUMBER() OVER (PARTITION BY grabber_id ORDER BY response_ms) AS rn,
                  COUNT(*) OVER (PARTITION BY grabber_id) AS n
           FROM assignments WHERE grabber_id IN (SELECT id FROM grabbers) AND assigned_at >= 1782835200000 AND assigned_at < 1790784000000)
SELECT grabber_id, AVG(response_ms) / 1000.0 FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY grabber_id;
SELECT grabber_id, type, COUNT(*) FROM violations WHERE at >= 1782835200000 AND at < 1790784000000 GROUP BY grabber_id, type;
SELECT grabber_id, open_workload FROM grabber_stats;

-- The same figures straight from the facts, without the day rollup (for comparison).
SELECT grabber_id, COUNT(*) FROM assignments WHERE grabber_id IN (SELECT id FROM grabbers) AND assigned_at >= 1782835200000 AND assigned_at < 1790784000000
GROUP BY grabber_id;
SELECT grabber_id, end_reason, COUNT(*), SUM(amount) FROM assignments WHERE ended_at >= 1782835200000 AND ended_at < 1790784000000
  AND end_reason IN ('won', 'lost', 'reclaimed') GROUP BY grabber_id, end_reason;
SELECT grabber_id, COUNT(*), SUM(CASE WHEN result = 'won' THEN 1 ELSE 0 END) FROM grab_attempts
WHERE grabber_id IN (SELECT id FROM grabbers) AND at >= 1782835200000 AND at < 1790784000000 GROUP BY grabber_id;
SELECT grabber_id, SUM(score), COUNT(*) FROM feedback WHERE grabber_id IN (SELECT id FROM grabbers) AND at >= 1782835200000 AND at < 1790784000000
GROUP BY grabber_id;
WITH r AS (SELECT grabber_id, response_ms, ROW_NUMBER() OVER (PARTITION BY grabber_id ORDER BY response_ms) AS rn,
                  COUNT(*) OVER (PARTITION BY grabber_id) AS n
           FROM assignments WHERE grabber_id IN (SELECT id FROM grabbers) AND assigned_at >= 1782835200000 AND assigned_at < 1790784000000)
SELECT grabber_id, AVG(response_ms) / 1000.0 FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY grabber_id;
SELECT grabber_id, type, COUNT(*) FROM violations WHERE at >= 1782835200000 AND at < 1790784000000 GROUP BY grabber_id, type;
SELECT assignee_id, COUNT(*) FROM orders WHERE state = 'assigned' GROUP BY assignee_id;

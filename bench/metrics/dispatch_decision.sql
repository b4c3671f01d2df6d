-- What one dispatch decision reads for order 990001, the oldest open one in the benchmark
-- database (the scoring itself is arithmetic).
SELECT id, name, team, level, status, daily_cap_override, hired_on FROM grabbers ORDER BY id;
SELECT grabber_id, skill FROM grabber_skills;
SELECT grabber_id, region FROM grabber_regions;
SELECT o.id, o.skill, o.amount, o.region, c.tier FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE o.id = 990001;
SELECT grabber_id, volume FROM grabber_days WHERE day = '2026-11-20';
SELECT grabber_id, wins, closed FROM grabber_segment_stats WHERE skill = '云服务' AND band_from = 500000;
SELECT grabber_id, feedback_sum, feedback_count, last_assigned_at, open_workload FROM grabber_stats;
SELECT grabber_id, MAX(ended_at) FROM assignments WHERE order_id = 990001
  AND end_reason = 'reclaimed' GROUP BY grabber_id;

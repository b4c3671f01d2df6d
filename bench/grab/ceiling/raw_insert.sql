-- The reference: one single-row INSERT committed on its own.
INSERT INTO ceiling_raw (x) VALUES (1);

-- One attempt as one call of the server function setup.sql defines.
\set g random(1, 200)
\set o random(1, 2000000)
SELECT ceiling_grab(:g, :o);

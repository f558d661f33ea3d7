-- Staging holds one run's rows only while it loads.
DELETE FROM stg_petition WHERE run_id = @run;

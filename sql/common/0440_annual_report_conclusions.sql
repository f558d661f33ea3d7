-- The Mesa Técnica's conclusions and recommendations for a vigencia, printed in its annual report's last section.
-- Written on the Informes page by the comite and admin roles; one text per vigencia, the last edit wins.

CREATE TABLE annual_report_conclusions (
    vigencia INTEGER PRIMARY KEY,
    conclusions VARCHAR NOT NULL,
    updated_by VARCHAR NOT NULL,             -- the account's user name, never a citizen's data
    updated_at TIMESTAMP NOT NULL
);

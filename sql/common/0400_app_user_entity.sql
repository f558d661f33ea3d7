-- Accounts scoped by entity (issue 20, flaw 1; issue 18, the gobernación): a warehouse may hold several
-- municipalities, and two of them may both have a "Secretaría de Hacienda". entity_name is the entity whose data
-- the account sees (as dim_entity names it); NULL sees every entity (a gobernación's user, or any account while the
-- warehouse holds a single entity).
ALTER TABLE app_user ADD COLUMN entity_name VARCHAR;

-- A secretaría created before this belonged to the only entity then loaded: say so, so that loading a second
-- entity does not widen what it sees. (With none loaded it stays NULL and sees the only entity once one is loaded;
-- with several, the dashboard refuses it until it is given one: ./indicadores usuarios entidad.)
UPDATE app_user
SET entity_name = (SELECT min(name) FROM dim_entity)
WHERE role = 'secretaria' AND (SELECT count(*) FROM dim_entity) = 1;

-- semaine-admin store, schema version 10: the letters sent to organisers, from templates.
--
-- One template per kind of letter (labelled, refused, information requested, a free message) and
-- language (fr, en). Every save adds a version; none is changed or removed, so the rows are the
-- templates' trail: who saved what, when. The letters use the latest version of each.
-- Placeholders are written {{name}} (app/core/LetterTemplate.h lists them).
CREATE TABLE letter_template (
    kind TEXT NOT NULL CHECK (kind IN ('labelled', 'refused', 'info_requested', 'free')),
    language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
    version INTEGER NOT NULL CHECK (version >= 1),
    subject TEXT NOT NULL CHECK (subject <> ''),
    body TEXT NOT NULL,
    saved_at TEXT NOT NULL, -- UTC, ISO 8601
    who TEXT NOT NULL,
    PRIMARY KEY (kind, language, version)
);

-- The defaults, written by the committee. The migrations are read a line at a time (a line that
-- ends with a semicolon ends a statement, blank lines are dropped): each body is one line here,
-- with \n where its lines break; below, each engine makes them line breaks and dates the defaults.
INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) VALUES ('labelled', 'fr', 1, '{{edition}} : votre événement « {{title}} » est labellisé ({{label_number}})', 'Bonjour {{contact_name}},\n\nNous avons le plaisir de vous informer que l''événement « {{title}} » organisé par {{organiser}} (demande {{request_id}}), qui se tiendra {{dates}} ({{place}}), a reçu le label de la {{edition}}, qui a lieu {{week}}.\n\nVotre numéro de label est {{label_number}} (décision du {{decision_date}}). Vous trouverez ci-joint l''attestation de labellisation.\n\nNous vous remercions de votre participation et vous souhaitons un bel événement.\n\n{{reviewer_name}}\n{{reviewer_service}}\nComité d''organisation de la Semaine de l''industrie', '', 'semaine-admin');
INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) VALUES ('refused', 'fr', 1, '{{edition}} : votre demande de label pour « {{title}} » n''a pas été retenue', 'Bonjour {{contact_name}},\n\nNous avons examiné la demande de label {{request_id}} de l''événement « {{title}} » organisé par {{organiser}}, prévu {{dates}} ({{place}}).\n\nNous regrettons de ne pouvoir lui accorder le label de la {{edition}}, pour les raisons suivantes :\n{{refusal_reasons}}\n\nSi votre projet évolue, vous pouvez déposer une nouvelle demande.\n\n{{reviewer_name}}\n{{reviewer_service}}\nComité d''organisation de la Semaine de l''industrie', '', 'semaine-admin');
INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) VALUES ('info_requested', 'fr', 1, '{{edition}} : informations complémentaires pour « {{title}} »', 'Bonjour {{contact_name}},\n\nNous examinons la demande de label {{request_id}} de l''événement « {{title}} » organisé par {{organiser}}, prévu {{dates}} ({{place}}).\n\nPour pouvoir nous prononcer, nous avons besoin des informations suivantes :\n{{information_asked}}\n\nMerci de nous les communiquer en répondant à ce message.\n\n{{reviewer_name}}\n{{reviewer_service}}\nComité d''organisation de la Semaine de l''industrie', '', 'semaine-admin');
INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) VALUES ('free', 'fr', 1, '{{edition}} : votre demande {{request_id}} « {{title}} »', 'Bonjour {{contact_name}},\n\n{{message}}\n\n{{reviewer_name}}\n{{reviewer_service}}\nComité d''organisation de la Semaine de l''industrie', '', 'semaine-admin');
INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) VALUES ('labelled', 'en', 1, '{{edition}}: your event "{{title}}" is labelled ({{label_number}})', 'Dear {{contact_name}},\n\nWe are pleased to inform you that the event "{{title}}" organised by {{organiser}} (request {{request_id}}), to be held {{dates}} ({{place}}), has been awarded the label of the {{edition}}, which takes place {{week}}.\n\nYour label number is {{label_number}} (decided on {{decision_date}}). Please find the label attestation attached.\n\nThank you for taking part; we wish you a successful event.\n\n{{reviewer_name}}\n{{reviewer_service}}\nOrganising committee of the Semaine de l''industrie', '', 'semaine-admin');
INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) VALUES ('refused', 'en', 1, '{{edition}}: your label request for "{{title}}" was not accepted', 'Dear {{contact_name}},\n\nWe have reviewed the label request {{request_id}} for the event "{{title}}" organised by {{organiser}}, planned {{dates}} ({{place}}).\n\nWe regret that we cannot award it the label of the {{edition}}, for the following reasons:\n{{refusal_reasons}}\n\nShould your project change, you are welcome to submit a new request.\n\n{{reviewer_name}}\n{{reviewer_service}}\nOrganising committee of the Semaine de l''industrie', '', 'semaine-admin');
INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) VALUES ('info_requested', 'en', 1, '{{edition}}: further information needed for "{{title}}"', 'Dear {{contact_name}},\n\nWe are reviewing the label request {{request_id}} for the event "{{title}}" organised by {{organiser}}, planned {{dates}} ({{place}}).\n\nBefore we can decide, we need the following information:\n{{information_asked}}\n\nPlease send it to us by replying to this message.\n\n{{reviewer_name}}\n{{reviewer_service}}\nOrganising committee of the Semaine de l''industrie', '', 'semaine-admin');
INSERT INTO letter_template (kind, language, version, subject, body, saved_at, who) VALUES ('free', 'en', 1, '{{edition}}: your request {{request_id}} "{{title}}"', 'Dear {{contact_name}},\n\n{{message}}\n\n{{reviewer_name}}\n{{reviewer_service}}\nOrganising committee of the Semaine de l''industrie', '', 'semaine-admin');

-- [sqlite]
UPDATE letter_template SET body = replace(body, '\n', char(10)), saved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');

CREATE TRIGGER letter_template_no_update BEFORE UPDATE ON letter_template
BEGIN
    SELECT RAISE(ABORT, 'a letter template''s versions are kept as saved');
END;

CREATE TRIGGER letter_template_no_delete BEFORE DELETE ON letter_template
BEGIN
    SELECT RAISE(ABORT, 'a letter template''s versions are kept as saved');
END;
-- [postgresql]
UPDATE letter_template SET body = replace(body, '\n', chr(10)),
    saved_at = to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');

CREATE FUNCTION public.letter_template_append_only() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a letter template''s versions are kept as saved';
END;
$$;

CREATE TRIGGER letter_template_no_change BEFORE UPDATE OR DELETE ON letter_template
FOR EACH ROW EXECUTE FUNCTION public.letter_template_append_only();

-- The author of a version is the server's session user, as for the audit trail (migration 0008).
ALTER TABLE letter_template ALTER COLUMN who SET DEFAULT session_user;
CREATE TRIGGER letter_template_author BEFORE INSERT ON letter_template
FOR EACH ROW EXECUTE FUNCTION public.semaine_sign();

-- Everyone reads the templates (a letter is written by whoever decides); the administrators alone
-- save new versions.
REVOKE ALL ON letter_template FROM PUBLIC, semaine_viewer, semaine_regional, semaine_national, semaine_admin;
GRANT SELECT ON letter_template TO semaine_viewer, semaine_regional, semaine_national, semaine_admin;
GRANT INSERT ON letter_template TO semaine_admin;
-- [both]

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
</context>
<context>
    <name>AttestationAttachment</name>
    <message>
        <source>The attestation of the request %1 cannot be made: %2</source>
        <translation>L’attestation de la demande %1 ne peut pas être faite : %2</translation>
    </message>
    <message>
        <source>The attestation of the request %1 cannot be made: it has no label number.</source>
        <translation>L&apos;attestation de la demande %1 ne peut pas être produite : elle n&apos;a pas de numéro de label.</translation>
    </message>
</context>
<context>
    <name>AttestationController</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s) written to %1.</source>
        <translation>
            <numerusform>%n attestation écrite dans %1.</numerusform>
            <numerusform>%n attestations écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) skipped:</source>
        <translation>
            <numerusform>%n demande ignorée :</numerusform>
            <numerusform>%n demandes ignorées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Label attestation</source>
        <translation>Attestation de labellisation</translation>
    </message>
    <message>
        <source>Save the label attestation</source>
        <translation>Enregistrer l&apos;attestation de labellisation</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Label attestations</source>
        <translation>Attestations de labellisation</translation>
    </message>
    <message numerus="yes">
        <source>Write the attestations of the %n selected request(s) as one PDF each in a folder, or in one ZIP file?</source>
        <translation>
            <numerusform>Écrire l&apos;attestation de la demande sélectionnée en PDF dans un dossier, ou dans un fichier ZIP ?</numerusform>
            <numerusform>Écrire les attestations des %n demandes sélectionnées, un PDF chacune dans un dossier, ou dans un seul fichier ZIP ?</numerusform>
        </translation>
    </message>
    <message>
        <source>In a &amp;folder…</source>
        <translation>Dans un &amp;dossier…</translation>
    </message>
    <message>
        <source>In a &amp;ZIP file…</source>
        <translation>Dans un fichier &amp;ZIP…</translation>
    </message>
    <message>
        <source>Folder for the attestations</source>
        <translation>Dossier des attestations</translation>
    </message>
    <message>
        <source>Save the attestations</source>
        <translation>Enregistrer les attestations</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>attestations</source>
        <translation>attestations</translation>
    </message>
</context>
<context>
    <name>AttestationFiles</name>
    <message>
        <source>The request %1 has no label number: it was never labelled.</source>
        <translation>La demande %1 n&apos;a pas de numéro de label : elle n&apos;a jamais été labellisée.</translation>
    </message>
    <message>
        <source>The attestation of the request %1 cannot be made.</source>
        <translation>L&apos;attestation de la demande %1 ne peut pas être produite.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>AttestationPdf</name>
    <message>
        <source>Label attestation %1</source>
        <translation>Attestation de labellisation %1</translation>
    </message>
    <message>
        <source>Ministry of the Economy and Finance
Direction générale des entreprises</source>
        <translation>Ministère de l&apos;Économie et des Finances
Direction générale des entreprises</translation>
    </message>
    <message>
        <source>Label attestation</source>
        <translation>Attestation de labellisation</translation>
    </message>
    <message>
        <source>Semaine de l&apos;industrie %1, from %2 to %3</source>
        <translation>Semaine de l&apos;industrie %1, du %2 au %3</translation>
    </message>
    <message>
        <source>The organising committee of the Semaine de l&apos;industrie certifies that the event below has been awarded the label of the %1 edition.</source>
        <translation>Le comité d&apos;organisation de la Semaine de l&apos;industrie atteste que l&apos;événement ci-dessous a reçu le label de l&apos;édition %1.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Label number</source>
        <translation>Numéro de label</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Paris, %1</source>
        <translation>Fait à Paris, le %1</translation>
    </message>
    <message>
        <source>For the organising committee of the Semaine de l&apos;industrie,
the Director General for Enterprise</source>
        <translation>Pour le comité d&apos;organisation de la Semaine de l&apos;industrie,
le directeur général des entreprises</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>general public</source>
        <translation>grand public</translation>
    </message>
    <message>
        <source>young people</source>
        <translation>jeunes</translation>
    </message>
    <message>
        <source>job seekers</source>
        <translation>demandeurs d&apos;emploi</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot write the audit trail: %1</source>
        <translation>Impossible d&apos;écrire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>The request has no audited change.</source>
        <translation>La demande n&apos;a aucune modification dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>BasemapDialog</name>
    <message>
        <source>Show a tiled basemap under the régions (needs the network)</source>
        <translation>Afficher un fond de carte en tuiles sous les régions (nécessite le réseau)</translation>
    </message>
    <message>
        <source>Map basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>Qt&apos;s default cache</source>
        <translation>Cache par défaut de Qt</translation>
    </message>
    <message>
        <source>Tile server:</source>
        <translation>Serveur de tuiles :</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>Agent utilisateur :</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>Dossier de cache :</translation>
    </message>
</context>
<context>
    <name>BasemapSettings</name>
    <message>
        <source>The tile server “%1” is not an http or https address.</source>
        <translation>Le serveur de tuiles « %1 » n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>The tile server “%1” must end with “/”: the tiles’ z/x/y.png follow it.</source>
        <translation>Le serveur de tuiles « %1 » doit se terminer par « / » : le z/x/y.png des tuiles le suit.</translation>
    </message>
    <message>
        <source>Tile servers ask for a user agent naming the application.</source>
        <translation>Les serveurs de tuiles demandent un agent utilisateur qui nomme l&apos;application.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The store (default: %1).</source>
        <translation>La base (par défaut : %1).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>labelled (the default), all, or statuses separated by commas.</source>
        <translation>labelled (par défaut), all, ou des statuts séparés par des virgules.</translation>
    </message>
    <message>
        <source>Only this région (INSEE code).</source>
        <translation>Seulement cette région (code INSEE).</translation>
    </message>
    <message>
        <source>Only this département (INSEE code).</source>
        <translation>Seulement ce département (code INSEE).</translation>
    </message>
    <message>
        <source>--status expects submitted, in_review, labelled, refused, info_requested or withdrawn, not “%1”.</source>
        <translation>--status attend submitted, in_review, labelled, refused, info_requested ou withdrawn, pas « %1 ».</translation>
    </message>
    <message>
        <source>The store %1 has no edition.</source>
        <translation>La base %1 ne contient aucune édition.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>%n demande exportée dans %1</numerusform>
            <numerusform>%n demandes exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports label requests from a CSV or JSON file of the website&apos;s back office, in one transaction. Rejected rows are written to a report file with their line, column and reason.</source>
        <translation>Importe les demandes de label d&apos;un fichier CSV ou JSON du back-office du site, en une seule transaction. Les lignes rejetées sont écrites dans un fichier de rapport avec leur ligne, leur colonne et leur motif.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>Where to write the rejected rows (default: next to FILE).</source>
        <translation>Où écrire les lignes rejetées (par défaut : à côté de FICHIER).</translation>
    </message>
    <message>
        <source>Read and check everything, say what would change, store nothing.</source>
        <translation>Tout lire et vérifier, dire ce qui changerait, ne rien enregistrer.</translation>
    </message>
    <message>
        <source>Usage: semaine-admin [--db PATH] import FILE [--report FILE] [--dry-run]</source>
        <translation>Usage : semaine-admin [--db CHEMIN] import FICHIER [--report FICHIER] [--dry-run]</translation>
    </message>
    <message>
        <source>Lists the requests of the current edition with their label conditions (C1 dates, C2 audience, C3 industry, C4 free: pass, fail or unknown) and flags (late, overdue, data).</source>
        <translation>Liste les demandes de l&apos;édition en cours avec leurs conditions de label (C1 dates, C2 public, C3 industrie, C4 gratuité : pass, fail ou unknown) et leurs signalements (late, overdue, data).</translation>
    </message>
    <message>
        <source>A JSON array instead of text.</source>
        <translation>Un tableau JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>Only this status: submitted, in_review, labelled, refused, info_requested or withdrawn (several separated by commas).</source>
        <translation>Seulement ce statut : submitted, in_review, labelled, refused, info_requested ou withdrawn (plusieurs séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only the requests failing any condition, none, or the given one: any, none, dates, audience, industry or free.</source>
        <translation>Seulement les demandes qui échouent à une condition, à aucune, ou à celle indiquée : any, none, dates, audience, industry ou free.</translation>
    </message>
    <message>
        <source>list takes no file; the unexpected arguments are: %1</source>
        <translation>list ne prend pas de fichier ; arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--failing expects any, none, dates, audience, industry or free, not “%1”.</source>
        <translation>--failing attend any, none, dates, audience, industry ou free, pas « %1 ».</translation>
    </message>
    <message>
        <source>Copies a store into another, the audit trail included, and checks that every table&apos;s rows add up: typically a workstation&apos;s SQLite file into a shared PostgreSQL database. The target must hold no request.</source>
        <translation>Copie une base dans une autre, journal d&apos;audit compris, et vérifie que les lignes de chaque table correspondent : typiquement le fichier SQLite d&apos;un poste vers une base PostgreSQL partagée. La base cible ne doit contenir aucune demande.</translation>
    </message>
    <message>
        <source>The store to fill (postgresql://user@host:port/database or a file).</source>
        <translation>La base à remplir (postgresql://utilisateur@hôte:port/base ou un fichier).</translation>
    </message>
    <message>
        <source>Usage: semaine-admin migrate --from PATH --to URL</source>
        <translation>Usage : semaine-admin migrate --from CHEMIN --to URL</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 copied into %2.</source>
        <translation>%1 copiée dans %2.</translation>
    </message>
    <message>
        <source>The store to copy (default: the one --db names).</source>
        <translation>La base à copier (par défaut : celle que désigne --db).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) copied and counted again</source>
        <translation>
            <numerusform>%1 : %Ln ligne copiée et recomptée</numerusform>
            <numerusform>%1 : %Ln lignes copiées et recomptées</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports the requests of the current edition, the labelled ones unless --status says otherwise: CSV in the import format (opens in Excel and LibreOffice in France), an Excel or OpenDocument spreadsheet, a PDF by région, GeoJSON for the public map (public fields only) or iCalendar for calendar applications.</source>
        <translation>Exporte les demandes de l&apos;édition en cours, les labellisées sauf si --status en décide autrement : CSV au format de l&apos;import (s&apos;ouvre dans Excel et LibreOffice en France), classeur Excel ou OpenDocument, PDF par région, GeoJSON pour la carte publique (champs publics seulement) ou iCalendar pour les agendas.</translation>
    </message>
    <message>
        <source>csv, xlsx, ods, pdf, geojson or ics.</source>
        <translation>csv, xlsx, ods, pdf, geojson ou ics.</translation>
    </message>
    <message>
        <source>The columns of this saved export template (CSV, XLSX, ODS, PDF).</source>
        <translation>Les colonnes de ce modèle d&apos;export enregistré (CSV, XLSX, ODS, PDF).</translation>
    </message>
    <message>
        <source>These columns, in this order, separated by commas (e.g. id_demande,titre,date_debut).</source>
        <translation>Ces colonnes, dans cet ordre, séparées par des virgules (par ex. id_demande,titre,date_debut).</translation>
    </message>
    <message>
        <source>Also save the --columns as an export template under this name.</source>
        <translation>Enregistre aussi les colonnes de --columns comme modèle d&apos;export sous ce nom.</translation>
    </message>
    <message>
        <source>Usage: semaine-admin [--db PATH] export --format csv|xlsx|ods|pdf|geojson|ics [--status S] [--region CODE] [--departement CODE] [--template NAME | --columns KEYS [--save-template NAME]] OUT</source>
        <translation>Usage : semaine-admin [--db CHEMIN] export --format csv|xlsx|ods|pdf|geojson|ics [--status S] [--region CODE] [--departement CODE] [--template NOM | --columns CLÉS [--save-template NOM]] SORTIE</translation>
    </message>
    <message>
        <source>--format expects csv, xlsx, ods, pdf, geojson or ics, not “%1”.</source>
        <translation>--format attend csv, xlsx, ods, pdf, geojson ou ics, pas « %1 ».</translation>
    </message>
    <message>
        <source>--columns: %1</source>
        <translation>--columns : %1</translation>
    </message>
    <message>
        <source>--template and --columns go apart; --save-template needs --columns.</source>
        <translation>--template et --columns s&apos;excluent ; --save-template demande --columns.</translation>
    </message>
    <message>
        <source>--columns and --template apply to csv, xlsx, ods and pdf, not %1.</source>
        <translation>--columns et --template valent pour csv, xlsx, ods et pdf, pas pour %1.</translation>
    </message>
    <message>
        <source>No export template is named “%1” (the templates: %2).</source>
        <translation>Aucun modèle d&apos;export ne s&apos;appelle « %1 » (les modèles : %2).</translation>
    </message>
    <message>
        <source>Cannot save the template “%1”.</source>
        <translation>Impossible d&apos;enregistrer le modèle « %1 ».</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Langue : fr ou en.</translation>
    </message>
    <message>
        <source>--lang expects fr or en, not “%1”.</source>
        <translation>--lang attend fr ou en, pas « %1 ».</translation>
    </message>
    <message>
        <source>%1 can only be read: %2. Nothing was changed.</source>
        <translation>%1 est en lecture seule : %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Decides requests of the current edition as the window does (version, conditions, workflow), queuing each decision&apos;s message to the organiser; one line per request.</source>
        <translation>Décide des demandes de l&apos;édition en cours comme la fenêtre (version, conditions, circuit), en mettant en file le message de chaque décision à l&apos;organisateur ; une ligne par demande.</translation>
    </message>
    <message>
        <source>Request ids (SI2018-000123).</source>
        <translation>Identifiants des demandes (SI2018-000123).</translation>
    </message>
    <message>
        <source>Label the requests.</source>
        <translation>Labelliser les demandes.</translation>
    </message>
    <message>
        <source>Refuse them (by default with the standard sentence of each failed condition).</source>
        <translation>Les refuser (par défaut avec la phrase type de chaque condition non remplie).</translation>
    </message>
    <message>
        <source>Ask their organisers for information (--reason says what).</source>
        <translation>Demander des informations à leurs organisateurs (--reason dit lesquelles).</translation>
    </message>
    <message>
        <source>The refusal&apos;s reason, or the information asked.</source>
        <translation>Le motif du refus, ou l&apos;information demandée.</translation>
    </message>
    <message>
        <source>Label despite a condition not met, with this written justification.</source>
        <translation>Labelliser malgré une condition non remplie, avec cette justification écrite.</translation>
    </message>
    <message>
        <source>decide expects one of --label, --refuse or --request-info.</source>
        <translation>decide attend une option parmi --label, --refuse ou --request-info.</translation>
    </message>
    <message>
        <source>decide expects the ids of the requests to decide.</source>
        <translation>decide attend les identifiants des demandes à décider.</translation>
    </message>
    <message>
        <source>--override goes with --label only.</source>
        <translation>--override ne va qu&apos;avec --label.</translation>
    </message>
    <message>
        <source>--override needs a written justification.</source>
        <translation>--override demande une justification écrite.</translation>
    </message>
    <message>
        <source>--request-info needs --reason: the information asked.</source>
        <translation>--request-info demande --reason : l&apos;information demandée.</translation>
    </message>
    <message>
        <source>not decided: no such request in the %1 edition</source>
        <translation>non décidée : aucune demande de ce numéro dans l&apos;édition %1</translation>
    </message>
    <message>
        <source>not decided: does not pass %1 (labelling it needs --override)</source>
        <translation>non décidée : ne remplit pas %1 (la labelliser demande --override)</translation>
    </message>
    <message>
        <source>not decided: it fails no condition, so a refusal needs --reason</source>
        <translation>non décidée : elle remplit toutes les conditions, un refus demande donc --reason</translation>
    </message>
    <message>
        <source>not decided: %1</source>
        <translation>non décidée : %1</translation>
    </message>
    <message>
        <source>%1, message queued</source>
        <translation>%1, message mis en file d&apos;envoi</translation>
    </message>
    <message>
        <source>Only this state: queued, sending, sent, failed or cancelled.</source>
        <translation>Seulement cet état : queued, sending, sent, failed ou cancelled.</translation>
    </message>
    <message>
        <source>mail list takes no file; the unexpected arguments are: %1</source>
        <translation>mail list ne prend pas de fichier ; les arguments inattendus sont : %1</translation>
    </message>
    <message>
        <source>--state expects queued, sending, sent, failed or cancelled, not “%1”.</source>
        <translation>--state attend queued, sending, sent, failed ou cancelled, pas « %1 ».</translation>
    </message>
    <message>
        <source>The mail server: smtp://host:587 (STARTTLS) or smtps://host:465 (default: the settings&apos;).</source>
        <translation>Le serveur de messagerie : smtp://hôte:587 (STARTTLS) ou smtps://hôte:465 (par défaut : celui des réglages).</translation>
    </message>
    <message>
        <source>The sender&apos;s address (default: the settings&apos;).</source>
        <translation>L&apos;adresse de l&apos;expéditeur (par défaut : celle des réglages).</translation>
    </message>
    <message>
        <source>Accept a server without TLS (a local relay).</source>
        <translation>Accepter un serveur sans TLS (un relais local).</translation>
    </message>
    <message>
        <source>mail send takes no file; the unexpected arguments are: %1</source>
        <translation>mail send ne prend pas de fichier ; les arguments inattendus sont : %1</translation>
    </message>
    <message>
        <source>No mail server or sender address: give --smtp and --from, or set them in the window&apos;s mail settings.</source>
        <translation>Pas de serveur de messagerie ou d&apos;adresse d&apos;expéditeur : donnez --smtp et --from, ou réglez-les dans les réglages de messagerie de la fenêtre.</translation>
    </message>
    <message>
        <source>sent: %1, failed: %2, queued: %3</source>
        <translation>envoyés : %1, en échec : %2, en attente : %3</translation>
    </message>
    <message>
        <source>mail expects send or list, not “%1”.</source>
        <translation>mail attend send ou list, pas « %1 ».</translation>
    </message>
    <message>
        <source>Writes the label attestation (a PDF with a QR code of the label number) of each labelled request given by its request id, one file per request in a folder or all in one ZIP file.</source>
        <translation>Écrit l&apos;attestation de labellisation (un PDF avec un QR code du numéro de label) de chaque demande labellisée désignée par son identifiant, un fichier par demande dans un dossier ou toutes dans un fichier ZIP.</translation>
    </message>
    <message>
        <source>Request ids (e.g. SI2018-00042).</source>
        <translation>Identifiants de demande (par ex. SI2018-00042).</translation>
    </message>
    <message>
        <source>The folder to write the PDFs to (made when missing).</source>
        <translation>Le dossier où écrire les PDF (créé s&apos;il manque).</translation>
    </message>
    <message>
        <source>One ZIP file of the PDFs instead.</source>
        <translation>Un seul fichier ZIP des PDF à la place.</translation>
    </message>
    <message>
        <source>Usage: semaine-admin [--db PATH] attestation ID... (--out DIR | --zip FILE)</source>
        <translation>Usage : semaine-admin [--db CHEMIN] attestation ID... (--out DOSSIER | --zip FICHIER)</translation>
    </message>
    <message>
        <source>The edition %1 has no request %2.</source>
        <translation>L&apos;édition %1 n&apos;a pas de demande %2.</translation>
    </message>
    <message>
        <source>No store at %1.</source>
        <translation>Aucun fichier de données à %1.</translation>
    </message>
    <message>
        <source>Writes a generated edition into an empty store.</source>
        <translation>Écrit une édition générée dans une base vide.</translation>
    </message>
    <message>
        <source>Number of requests.</source>
        <translation>Nombre de demandes.</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>Graine aléatoire : la même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>--events expects a positive whole number, not “%1”.</source>
        <translation>--events attend un nombre entier positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not “%1”.</source>
        <translation>--seed attend un nombre entier, pas « %1 ».</translation>
    </message>
    <message>
        <source>demo needs --db PATH: the store to fill.</source>
        <translation>demo demande --db CHEMIN : la base à remplir.</translation>
    </message>
    <message>
        <source>%1 requests generated (seed %2) in %3</source>
        <translation>%1 demandes générées (graine %2) dans %3</translation>
    </message>
    <message>
        <source>send: delivers the outbox&apos;s due messages over SMTP and prints how many were sent, failed, and still wait.
list: lists the outbox&apos;s messages, the failed ones first: id, state, request, recipient, subject, and the error or the server&apos;s reply.</source>
        <translation>send : remet par SMTP les messages dus de la boîte d’envoi et indique combien sont partis, ont échoué et attendent encore.
list : liste les messages de la boîte d’envoi, les échoués d’abord : identifiant, état, demande, destinataire, objet, et l’erreur ou la réponse du serveur.</translation>
    </message>
    <message>
        <source>send or list.</source>
        <translation>send ou list.</translation>
    </message>
    <message>
        <source>--%1 does not go with mail %2.</source>
        <translation>--%1 ne s’emploie pas avec mail %2.</translation>
    </message>
    <message>
        <source>The export was written but could not be recorded for the next one: %1</source>
        <translation>L&apos;export est écrit mais n&apos;a pas pu être enregistré pour le comparer au suivant : %1</translation>
    </message>
</context>
<context>
    <name>ConditionsPanel</name>
    <message>
        <source>Label conditions</source>
        <translation>Conditions du label</translation>
    </message>
    <message numerus="yes">
        <source>The request fails %n label condition(s): it can be labelled only by an override.</source>
        <translation>
            <numerusform>La demande ne remplit pas %n condition du label : elle ne peut être labellisée que par dérogation.</numerusform>
            <numerusform>La demande ne remplit pas %n conditions du label : elle ne peut être labellisée que par dérogation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label condition(s) cannot be checked: information is missing.</source>
        <translation>
            <numerusform>%n condition du label ne peut pas être vérifiée : des informations manquent.</numerusform>
            <numerusform>%n conditions du label ne peuvent pas être vérifiées : des informations manquent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets all four label conditions.</source>
        <translation>Remplit les quatre conditions du label.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Shared store</source>
        <translation>Base partagée</translation>
    </message>
    <message>
        <source>server name, or a socket folder such as /run/postgresql</source>
        <translation>nom du serveur, ou dossier de socket comme /run/postgresql</translation>
    </message>
    <message>
        <source>Several reviewers share one PostgreSQL database. The password is asked when connecting and is not kept after the session.</source>
        <translation>Plusieurs instructeurs partagent une base PostgreSQL. Le mot de passe est demandé à la connexion et n&apos;est pas conservé après la session.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a semaine-admin store: it is not an SQLite database file. The file was not modified.</source>
        <translation>%1 n&apos;est pas une base semaine-admin : ce n&apos;est pas un fichier de base de données SQLite. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (SQLite reports: %2). The file was not modified; restore it from a backup copy.</source>
        <translation>%1 est endommagé et ne peut pas être ouvert (SQLite signale : %2). Le fichier n&apos;a pas été modifié ; restaurez-le depuis une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a semaine-admin store. The file was not modified.</source>
        <translation>%1 est une base SQLite d&apos;une autre application, pas une base semaine-admin. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot write the backup copy %1 before upgrading the store: %2. The store was not modified.</source>
        <translation>Impossible d&apos;écrire la copie de sauvegarde %1 avant la mise à niveau de la base : %2. La base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>Impossible de mettre à niveau %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>Impossible de lire la migration %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3. The store was left as it was.</source>
        <translation>La mise à niveau de %1 vers le schéma %2 a échoué : %3. La base est restée telle quelle.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://user@host:port/database.</source>
        <translation>%1 n&apos;est pas une adresse PostgreSQL : écrivez postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>Cannot open %1: the PostgreSQL driver of Qt (QPSQL) is not installed.</source>
        <translation>Impossible d&apos;ouvrir %1 : le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>%1 holds the tables of another application, not a semaine-admin store. The database was not modified.</source>
        <translation>%1 contient les tables d&apos;une autre application, ce n&apos;est pas une base semaine-admin. La base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is not a semaine-admin store: its meta table has no schema version. The database was not modified.</source>
        <translation>%1 n&apos;est pas une base semaine-admin : sa table meta n&apos;a pas de version de schéma. La base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of semaine-admin (schema %2; this version knows schemas up to %3). The store was not modified; open it with the newer version.</source>
        <translation>%1 a été écrite par une version plus récente de semaine-admin (schéma %2 ; cette version connaît les schémas jusqu&apos;au %3). La base n&apos;a pas été modifiée ; ouvrez-la avec la version plus récente.</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2.</source>
        <translation>%1 est ouverte en lecture seule : %2.</translation>
    </message>
    <message numerus="yes">
        <source>the store %1 is busy: another program has been writing to it for more than %n second(s).</source>
        <translation>
            <numerusform>la base %1 est occupée : un autre programme y écrit depuis plus de %n seconde.</numerusform>
            <numerusform>la base %1 est occupée : un autre programme y écrit depuis plus de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist. Nothing was created.</source>
        <translation>Impossible d&apos;ouvrir %1 : le dossier %2 n&apos;existe pas. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>son dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded to schema %2: %3. The store was not modified; make it writable, then open it again.</source>
        <translation>%1 ne peut pas être mise à jour vers le schéma %2 : %3. La base n&apos;a pas été modifiée ; rendez-la modifiable, puis ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2.</source>
        <translation>Impossible de créer la base %1 : %2.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>DecisionController</name>
    <message>
        <source>Label despite the conditions</source>
        <translation>Labelliser malgré les conditions</translation>
    </message>
    <message>
        <source>The request %1 does not pass every label condition:
%2

Labelling it is an override, recorded as such. Write why it is justified.</source>
        <translation>La demande %1 ne remplit pas toutes les conditions du label :
%2

La labelliser est une dérogation, enregistrée comme telle. Écrivez pourquoi elle est justifiée.</translation>
    </message>
    <message>
        <source>Label (override)</source>
        <translation>Labelliser (dérogation)</translation>
    </message>
    <message>
        <source>Refuse the label</source>
        <translation>Refuser le label</translation>
    </message>
    <message>
        <source>The reason is sent to the organiser of %1. The standard sentences of the failed conditions are filled in; edit them as needed.</source>
        <translation>Le motif est envoyé à l&apos;organisateur de %1. Les phrases types des conditions non remplies sont préremplies ; modifiez-les au besoin.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Request information</source>
        <translation>Demander un complément</translation>
    </message>
    <message>
        <source>Say what the organiser of %1 must complete or explain.</source>
        <translation>Indiquez ce que l&apos;organisateur de %1 doit compléter ou expliquer.</translation>
    </message>
    <message>
        <source>Reopen the request</source>
        <translation>Rouvrir la demande</translation>
    </message>
    <message>
        <source>%1 is “%2”. Reopening sends it back to review; say why.</source>
        <translation>%1 est « %2 ». La rouvrir la renvoie en instruction ; dites pourquoi.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>La décision n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Assign to a colleague</source>
        <translation>Attribuer à un collègue</translation>
    </message>
    <message>
        <source>The user name of the reviewer who takes %1 in charge (now: %2).</source>
        <translation>Le nom d&apos;utilisateur de l&apos;instructeur qui prend %1 en charge (actuellement : %2).</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>already in your charge</source>
        <translation>déjà à votre charge</translation>
    </message>
    <message>
        <source>already “%1” by %2 on %3</source>
        <translation>déjà « %1 » par %2 le %3</translation>
    </message>
    <message>
        <source>not possible while it is “%1”</source>
        <translation>impossible tant que la demande est « %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: does not pass %2</source>
        <translation>%1 : ne remplit pas %2</translation>
    </message>
    <message numerus="yes">
        <source>One message for the %n selected request(s).</source>
        <translation>
            <numerusform>Un message pour la demande sélectionnée.</numerusform>
            <numerusform>Un message pour les %n demandes sélectionnées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One reason for reopening the %n selected request(s).</source>
        <translation>
            <numerusform>Un motif pour rouvrir la demande sélectionnée.</numerusform>
            <numerusform>Un motif pour rouvrir les %n demandes sélectionnées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user name of the reviewer who takes the %n selected request(s) in charge.</source>
        <translation>
            <numerusform>Le nom d&apos;utilisateur de l&apos;instructeur qui prend en charge la demande sélectionnée.</numerusform>
            <numerusform>Le nom d&apos;utilisateur de l&apos;instructeur qui prend en charge les %n demandes sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Labelliser</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Request &amp;information…</source>
        <translation>Demander un &amp;complément…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Take charge</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Assign to a colleague…</source>
        <translation>Attribuer à un collè&amp;gue…</translation>
    </message>
    <message>
        <source>not one of your régions</source>
        <translation>hors de vos régions</translation>
    </message>
    <message>
        <source>%1 is not possible on %2: %3.</source>
        <translation>%1 impossible sur %2 : %3.</translation>
    </message>
    <message>
        <source>%1: choose a request first.</source>
        <translation>%1 : choisissez d&apos;abord une demande.</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n selected request(s) is refused with the standard sentences of its own failed conditions, followed by this text for all (it may stay empty).</source>
        <translation>
            <numerusform>La demande sélectionnée est refusée avec les phrases types de ses propres conditions non remplies, suivies de ce texte (il peut rester vide).</numerusform>
            <numerusform>Chacune des %n demandes sélectionnées est refusée avec les phrases types de ses propres conditions non remplies, suivies de ce texte commun (il peut rester vide).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 labelled</source>
        <translation>%1 labellisée</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 refusée</translation>
    </message>
    <message>
        <source>Information requested for %1</source>
        <translation>Complément demandé pour %1</translation>
    </message>
    <message>
        <source>%1 reopened</source>
        <translation>%1 rouverte</translation>
    </message>
    <message>
        <source>%1 taken in charge</source>
        <translation>%1 prise en charge</translation>
    </message>
    <message>
        <source>%1 assigned to %2</source>
        <translation>%1 attribuée à %2</translation>
    </message>
    <message>
        <source>The decision was not undone</source>
        <translation>La décision n&apos;a pas été annulée</translation>
    </message>
    <message>
        <source>%1 changed since the decision: open it to see what happened.</source>
        <translation>%1 a changé depuis la décision : ouvrez-la pour voir ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Decision undone by the reviewer just after taking it.</source>
        <translation>Décision annulée par l&apos;instructeur juste après l&apos;avoir prise.</translation>
    </message>
    <message>
        <source>Nothing was decided</source>
        <translation>Aucune décision n’a été prise</translation>
    </message>
</context>
<context>
    <name>DecisionFeedback</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the decision on %1 (%2)</source>
        <translation>Annuler la décision sur %1 (%2)</translation>
    </message>
    <message>
        <source>Decision on %1 undone: back in review</source>
        <translation>Décision sur %1 annulée : de nouveau en instruction</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>The request %1 cannot go from “%2” to “%3”.</source>
        <translation>La demande %1 ne peut pas passer de « %2 » à « %3 ».</translation>
    </message>
    <message>
        <source>Only a label can be an override.</source>
        <translation>Seule une labellisation peut être une dérogation.</translation>
    </message>
    <message>
        <source>Labelling the request %1 despite a failed condition needs a written justification.</source>
        <translation>Labelliser la demande %1 malgré une condition non remplie demande une justification écrite.</translation>
    </message>
    <message>
        <source>Changing the request %1 to “%2” needs a reason.</source>
        <translation>Passer la demande %1 à « %2 » demande un motif.</translation>
    </message>
    <message>
        <source>Cannot change the request %1: %2</source>
        <translation>Impossible de modifier la demande %1 : %2</translation>
    </message>
    <message>
        <source>Taken in charge by %1</source>
        <translation>Prise en charge par %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The store %1 has no edition.</source>
        <translation>La base %1 ne contient aucune édition.</translation>
    </message>
    <message numerus="yes">
        <source>The store %1 already holds %n request(s) for %2: demonstration data goes only into an empty store.</source>
        <translation>
            <numerusform>La base %1 contient déjà %n demande pour %2 : les données de démonstration ne vont que dans une base vide.</numerusform>
            <numerusform>La base %1 contient déjà %n demandes pour %2 : les données de démonstration ne vont que dans une base vide.</numerusform>
        </translation>
    </message>
    <message>
        <source>demonstration</source>
        <translation>démonstration</translation>
    </message>
</context>
<context>
    <name>DemoDecisionDates</name>
    <message>
        <source>Cannot date the decisions: %1</source>
        <translation>Impossible de dater les décisions : %1</translation>
    </message>
</context>
<context>
    <name>EditionRepository</name>
    <message>
        <source>The edition %1 needs a start and an end date, the start first.</source>
        <translation>L&apos;édition %1 doit avoir une date de début et une date de fin, le début en premier.</translation>
    </message>
    <message>
        <source>Cannot save the edition %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;édition %1 : %2</translation>
    </message>
    <message>
        <source>The editions cannot be read: %1</source>
        <translation>Les éditions ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>The store has no %1 edition.</source>
        <translation>La base n’a pas d’édition %1.</translation>
    </message>
    <message>
        <source>The store has no edition.</source>
        <translation>La base n’a aucune édition.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Organiser&apos;s requests</source>
        <translation>Demandes de l&apos;organisateur</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>paying</source>
        <translation>payant</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>jj/mm/aaaa hh:mm</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Audience and access</source>
        <translation>Public et accès</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The organiser&apos;s other requests</source>
        <translation>Les autres demandes de l&apos;organisateur</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>N° de demande</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Enregistrer et suivante</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The request “%1” has changes that are not saved.</source>
        <translation>La demande « %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>%1 “%2”, %3</source>
        <translation>%1 « %2 », %3</translation>
    </message>
    <message>
        <source>Possible duplicate of: %1</source>
        <translation>Doublon possible de : %1</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message numerus="yes">
        <source>This request may be the same event as %n other request(s): same organiser, similar title, overlapping dates, same commune.</source>
        <translation>
            <numerusform>Cette demande concerne peut-être le même événement que %n autre demande : même organisateur, titre proche, dates qui se chevauchent, même commune.</numerusform>
            <numerusform>Cette demande concerne peut-être le même événement que %n autres demandes : même organisateur, titre proche, dates qui se chevauchent, même commune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>The request was not saved</source>
        <translation>La demande n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Fix these fields first; nothing you typed is lost:</source>
        <translation>Corrigez d&apos;abord ces champs ; rien de ce que vous avez saisi n&apos;est perdu :</translation>
    </message>
    <message>
        <source>Saved. The request %1 went back to review: it no longer passes %2.</source>
        <translation>Enregistrée. La demande %1 est repassée en examen : elle ne remplit plus %2.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>Decision recorded: the request is “%1”.</source>
        <translation>Décision enregistrée : la demande est « %1 ».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, INSEE %2, département %3</source>
        <translation>%1, INSEE %2, département %3</translation>
    </message>
    <message numerus="yes">
        <source>Choose among %n commune(s)</source>
        <translation>
            <numerusform>Choisir parmi %n commune</numerusform>
            <numerusform>Choisir parmi %n communes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1 (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Decision due on %1.</source>
        <translation>Décision attendue le %1.</translation>
    </message>
    <message>
        <source>Decision due: not known until the submission time is given.</source>
        <translation>Date de décision : inconnue tant que l&apos;heure de dépôt n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation>Créée (%1)</translation>
    </message>
    <message>
        <source>Labelled by override (%1 → %2)</source>
        <translation>Labellisée par dérogation (%1 → %2)</translation>
    </message>
    <message>
        <source>Edited after the decision</source>
        <translation>Modifiée après la décision</translation>
    </message>
    <message>
        <source>Assignee changed</source>
        <translation>Responsable changé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Organiser&apos;s requests (%1)</source>
        <translation>Demandes de l&apos;organisateur (%1)</translation>
    </message>
    <message>
        <source>Change from an import dismissed</source>
        <translation>Modification venue d&apos;un import écartée</translation>
    </message>
    <message>
        <source>The change was not accepted</source>
        <translation>La modification n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <source>Change from the import accepted. The request %1 went back to review: it no longer passes a label condition.</source>
        <translation>Modification de l&apos;import acceptée. La demande %1 est revenue en revue : elle ne remplit plus une condition du label.</translation>
    </message>
    <message>
        <source>Change from the import accepted.</source>
        <translation>Modification de l&apos;import acceptée.</translation>
    </message>
    <message>
        <source>Dismiss the change from the import</source>
        <translation>Écarter la modification de l&apos;import</translation>
    </message>
    <message>
        <source>Why is this change dismissed? The request stays as it is; its history keeps the change and your reason.</source>
        <translation>Pourquoi écarter cette modification ? La demande reste telle quelle ; son historique garde la modification et votre motif.</translation>
    </message>
    <message>
        <source>The change was not dismissed</source>
        <translation>La modification n&apos;a pas été écartée</translation>
    </message>
    <message>
        <source>Change from the import dismissed.</source>
        <translation>Modification de l&apos;import écartée.</translation>
    </message>
    <message>
        <source>Message to %1: %2</source>
        <translation>Message à %1 : %2</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>Undo: %1 (%2)</source>
        <translation>Annuler : %1 (%2)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Rétablir (%1)</translation>
    </message>
    <message>
        <source>Redo: %1 (%2)</source>
        <translation>Rétablir : %1 (%2)</translation>
    </message>
    <message>
        <source>Attestation…</source>
        <translation>Attestation…</translation>
    </message>
    <message>
        <source>The possible duplicates cannot be looked for: %1</source>
        <translation>Les doublons possibles ne peuvent pas être recherchés : %1</translation>
    </message>
    <message>
        <source>&amp;Write to the organiser…</source>
        <translation>Écrire un &amp;message à l&apos;organisateur…</translation>
    </message>
    <message>
        <source>Message to %1 queued in the outbox.</source>
        <translation>Message à %1 placé dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Message written to the organiser</source>
        <translation>Message écrit à l&apos;organisateur</translation>
    </message>
</context>
<context>
    <name>EventFormModel</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Write an e-mail address such as name@example.fr.</source>
        <translation>Saisissez une adresse électronique, par exemple nom@exemple.fr.</translation>
    </message>
    <message>
        <source>Write a phone number as 01 23 45 67 89, or +33 1 23 45 67 89 from abroad.</source>
        <translation>Saisissez un numéro comme 01 23 45 67 89, ou +33 1 23 45 67 89 depuis l&apos;étranger.</translation>
    </message>
    <message>
        <source>A SIRET has 14 digits, without spaces.</source>
        <translation>Un SIRET compte 14 chiffres, sans espaces.</translation>
    </message>
    <message>
        <source>This SIRET&apos;s check digit is wrong: check the number.</source>
        <translation>La clé de contrôle de ce SIRET est fausse : vérifiez le numéro.</translation>
    </message>
    <message>
        <source>A postal code has 5 digits.</source>
        <translation>Un code postal compte 5 chiffres.</translation>
    </message>
    <message>
        <source>No commune has the postal code %1.</source>
        <translation>Aucune commune n&apos;a le code postal %1.</translation>
    </message>
    <message>
        <source>Write the date as 28/03/2018 14:30 (day/month/year hours:minutes).</source>
        <translation>Saisissez la date sous la forme 28/03/2018 14:30 (jour/mois/année heures:minutes).</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>La fin (%1) précède le début (%2).</translation>
    </message>
    <message>
        <source>Write a number, such as %1.</source>
        <translation>Saisissez un nombre, par exemple %1.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un tarif ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Write a whole number of people, such as 120.</source>
        <translation>Saisissez un nombre entier de personnes, par exemple 120.</translation>
    </message>
    <message>
        <source>Give both coordinates, or neither.</source>
        <translation>Indiquez les deux coordonnées, ou aucune.</translation>
    </message>
    <message>
        <source>The point (%1, %2) is outside France and its overseas territories.</source>
        <translation>Le point (%1, %2) est hors de France et de ses territoires d&apos;outre-mer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>change to %1</source>
        <translation>la modification de « %1 »</translation>
    </message>
    <message>
        <source>choice of the commune %1</source>
        <translation>le choix de la commune %1</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>The requests cannot be read: %1</source>
        <translation>Les demandes ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>The request %1 no longer exists.</source>
        <translation>La demande %1 n’existe plus.</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En instruction</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Labellisée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Complément demandé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>Company visit</source>
        <translation>Visite d&apos;entreprise</translation>
    </message>
    <message>
        <source>Open day</source>
        <translation>Portes ouvertes</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Forum or fair</source>
        <translation>Forum ou salon</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Job dating</source>
        <translation>Job dating</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Événement en ligne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ExportChanges</name>
    <message>
        <source>since the export of %1: %2 added, %3 removed, %4 modified</source>
        <translation>depuis l&apos;export du %1 : %2 ajoutées, %3 retirées, %4 modifiées</translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>“%1” is not a column (%2).</source>
        <translation>« %1 » n&apos;est pas une colonne (%2).</translation>
    </message>
    <message>
        <source>The column “%1” is chosen twice.</source>
        <translation>La colonne « %1 » est choisie deux fois.</translation>
    </message>
    <message>
        <source>No column is chosen.</source>
        <translation>Aucune colonne n&apos;est choisie.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV for Excel and LibreOffice (*.csv)</source>
        <translation>CSV pour Excel et LibreOffice (*.csv)</translation>
    </message>
    <message>
        <source>GeoJSON for the public map (*.geojson)</source>
        <translation>GeoJSON pour la carte publique (*.geojson)</translation>
    </message>
    <message>
        <source>Export the requests of the current filter</source>
        <translation>Exporter les demandes du filtre en cours</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n request(s) to %1…</source>
        <translation>
            <numerusform>Export de %n demande dans %1…</numerusform>
            <numerusform>Export de %n demandes dans %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1.</source>
        <translation>
            <numerusform>%n demande exportée dans %1.</numerusform>
            <numerusform>%n demandes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>Rien n&apos;a été exporté</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (*.ods)</source>
        <translation>Classeur OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>PDF to read and print (*.pdf)</source>
        <translation>PDF à lire et imprimer (*.pdf)</translation>
    </message>
    <message>
        <source>iCalendar for calendar applications (*.ics)</source>
        <translation>iCalendar pour les agendas (*.ics)</translation>
    </message>
    <message>
        <source>Changes since the last export:</source>
        <translation>Changements depuis le dernier export :</translation>
    </message>
    <message>
        <source>requests</source>
        <comment>file name</comment>
        <translation>demandes</translation>
    </message>
    <message>
        <source>labelled</source>
        <comment>file name</comment>
        <translation>labellisees</translation>
    </message>
    <message>
        <source>refused</source>
        <comment>file name</comment>
        <translation>refusees</translation>
    </message>
    <message>
        <source>The export could not be recorded to compare the next one with: %1</source>
        <translation>L&apos;export n&apos;a pas pu être enregistré pour le comparer au suivant : %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export the current list</source>
        <translation>Exporter la liste affichée</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Columns of the CSV, XLSX, ODS and PDF files, in this order:</source>
        <translation>Colonnes des fichiers CSV, XLSX, ODS et PDF, dans cet ordre :</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>The template “%1” could not be saved.</source>
        <translation>Le modèle « %1 » n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Modèles d&apos;export</translation>
    </message>
    <message>
        <source>The export templates cannot be read or changed: %1</source>
        <translation>Les modèles d&apos;export ne peuvent être ni lus ni modifiés : %1</translation>
    </message>
</context>
<context>
    <name>ExportSnapshot</name>
    <message>
        <source>région %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <source>département %1</source>
        <translation>département %1</translation>
    </message>
</context>
<context>
    <name>ExportSnapshotRepository</name>
    <message>
        <source>Cannot record the export: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;export : %1</translation>
    </message>
    <message>
        <source>Cannot read the previous export: %1</source>
        <translation>Impossible de lire l&apos;export précédent : %1</translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message numerus="yes">
        <source>%n request(s) without dates left out of the calendar.</source>
        <translation>
            <numerusform>%n demande sans dates laissée hors de l&apos;agenda.</numerusform>
            <numerusform>%n demandes sans dates laissées hors de l&apos;agenda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) without coordinates left out of the map.</source>
        <translation>
            <numerusform>%n demande sans coordonnées laissée hors de la carte.</numerusform>
            <numerusform>%n demandes sans coordonnées laissées hors de la carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than Excel&apos;s 32,767 characters cut short and marked.</source>
        <translation>
            <numerusform>%n cellule de plus de 32 767 caractères (limite d’Excel) tronquée et signalée.</numerusform>
            <numerusform>%n cellules de plus de 32 767 caractères (limite d’Excel) tronquées et signalées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Label conditions</source>
        <translation>Conditions du label</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Organiser type</source>
        <translation>Type d&apos;organisateur</translation>
    </message>
    <message>
        <source>Late requests</source>
        <translation>Demandes tardives</translation>
    </message>
    <message>
        <source>Overdue decisions</source>
        <translation>Décisions en retard</translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation>Déposée à partir du</translation>
    </message>
    <message>
        <source>Submitted until</source>
        <translation>Déposée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Search title, organiser, commune, postal code or request id</source>
        <translation>Rechercher un titre, un organisateur, une commune, un code postal ou un n° de demande</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Rechercher dans la file d&apos;instruction</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All régions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Any conditions</source>
        <translation>Toutes conditions</translation>
    </message>
    <message>
        <source>Failing a condition</source>
        <translation>Ne remplit pas une condition</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Tous les types d&apos;événement</translation>
    </message>
    <message>
        <source>All organisers</source>
        <translation>Tous les organisateurs</translation>
    </message>
    <message>
        <source>Late or on time</source>
        <translation>Tardives ou non</translation>
    </message>
    <message>
        <source>Late requests only</source>
        <translation>Demandes tardives seulement</translation>
    </message>
    <message>
        <source>On-time requests only</source>
        <translation>Demandes dans les délais seulement</translation>
    </message>
    <message>
        <source>Overdue or not</source>
        <translation>En retard ou non</translation>
    </message>
    <message>
        <source>Overdue decisions only</source>
        <translation>Décisions en retard seulement</translation>
    </message>
    <message>
        <source>Decisions not overdue</source>
        <translation>Décisions dans les délais</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>All départements</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <source>Save the filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Nom de ce filtre :</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Anyone in charge</source>
        <translation>N&apos;importe quel responsable</translation>
    </message>
    <message>
        <source>Assigned to me (%1)</source>
        <translation>Qui me sont attribuées (%1)</translation>
    </message>
    <message>
        <source>Nobody in charge</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribuées à %1</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À instruire</translation>
    </message>
    <message>
        <source>Submitted or in review</source>
        <translation>Déposées ou en instruction</translation>
    </message>
    <message>
        <source>Meeting every condition</source>
        <translation>Remplit toutes les conditions</translation>
    </message>
    <message>
        <source>Failing %1</source>
        <translation>Ne remplit pas %1</translation>
    </message>
    <message>
        <source>Département:</source>
        <translation>Département :</translation>
    </message>
    <message>
        <source>Event type:</source>
        <translation>Type d&apos;événement :</translation>
    </message>
    <message>
        <source>Organiser:</source>
        <translation>Organisateur :</translation>
    </message>
    <message>
        <source>Late requests:</source>
        <translation>Demandes tardives :</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Décisions :</translation>
    </message>
    <message>
        <source>In charge:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Submitted from:</source>
        <translation>Déposée à partir du :</translation>
    </message>
    <message>
        <source>Submitted until:</source>
        <translation>Déposée jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Save the current filter…</source>
        <translation>Enregistrer le filtre actuel…</translation>
    </message>
    <message>
        <source>Delete the saved filter “%1”?</source>
        <translation>Supprimer le filtre enregistré « %1 » ?</translation>
    </message>
    <message>
        <source>Remove this filter: %1</source>
        <translation>Retirer ce filtre : %1</translation>
    </message>
    <message>
        <source>More filters (%L1)</source>
        <translation>Plus de filtres (%L1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
</context>
<context>
    <name>FreeMessage</name>
    <message>
        <source>Cannot queue the message: %1</source>
        <translation>Impossible de placer le message dans la boîte d&apos;envoi : %1</translation>
    </message>
</context>
<context>
    <name>FreeMessageDialog</name>
    <message>
        <source>Message to the organiser of %1</source>
        <translation>Message à l&apos;organisateur de %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>&amp;Queue for sending</source>
        <translation>Placer dans la boîte d&apos;&amp;envoi</translation>
    </message>
    <message>
        <source>%1 Correct the contact e-mail on the Request tab to write to the organiser.</source>
        <translation>%1 Corrigez l&apos;adresse électronique du contact dans l&apos;onglet Demande pour écrire à l&apos;organisateur.</translation>
    </message>
    <message>
        <source>The address “%1” is not ASCII: the message leaves only if the mail server accepts such addresses (SMTPUTF8); otherwise it fails in the outbox with that reason.</source>
        <translation>L&apos;adresse « %1 » n&apos;est pas en ASCII : le message ne part que si le serveur de messagerie accepte de telles adresses (SMTPUTF8) ; sinon il échoue dans la boîte d&apos;envoi avec ce motif.</translation>
    </message>
    <message>
        <source>The template of the free message cannot be read: %1</source>
        <translation>Le modèle du message libre ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The message was not queued</source>
        <translation>Le message n&apos;a pas été placé dans la boîte d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>GeoReference</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid GeoJSON: %2 at byte %3</source>
        <translation>%1 n&apos;est pas un GeoJSON valide : %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>%1, line %2: expected 11 columns, found %3</source>
        <translation>%1, ligne %2 : 11 colonnes attendues, %3 trouvées</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a postal code</source>
        <translation>%1, ligne %2 : « %3 » n&apos;est pas un code postal</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import label requests</source>
        <translation>Importer des demandes de label</translation>
    </message>
    <message>
        <source>Back-office exports (*.csv *.json *.txt);;All files (*)</source>
        <translation>Exports du back-office (*.csv *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not a text file (CSV or JSON): it holds binary data. A spreadsheet must be saved as CSV first.</source>
        <translation>Le fichier n&apos;est pas un fichier texte (CSV ou JSON) : il contient des données binaires. Un classeur doit d&apos;abord être enregistré en CSV.</translation>
    </message>
    <message>
        <source>The header has no column %1: is it a label request export? The first line reads: %2</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne %1 : s&apos;agit-il d&apos;un export de demandes de label ? La première ligne est : %2</translation>
    </message>
    <message>
        <source>A quote opened on this line is never closed: the rest of the file was read as one field.</source>
        <translation>Un guillemet ouvert sur cette ligne n&apos;est jamais fermé : la suite du fichier a été lue comme un seul champ.</translation>
    </message>
    <message>
        <source>The row has %1 fields where the header has %2 (a separator or a quote missing?).</source>
        <translation>La ligne a %1 champs alors que l&apos;en-tête en a %2 (un séparateur ou un guillemet manquant ?).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide (à l&apos;octet %1 : %2).</translation>
    </message>
    <message>
        <source>The JSON file must hold an array of objects, one per request.</source>
        <translation>Le fichier JSON doit contenir un tableau d&apos;objets, un par demande.</translation>
    </message>
    <message>
        <source>This element is not an object with the request&apos;s fields.</source>
        <translation>Cet élément n&apos;est pas un objet avec les champs de la demande.</translation>
    </message>
    <message>
        <source>A text, number or boolean is expected here, not a list or an object.</source>
        <translation>Un texte, un nombre ou un booléen est attendu ici, pas une liste ni un objet.</translation>
    </message>
    <message>
        <source>The request %1 already appears on line %2 of this file; this row was not imported.</source>
        <translation>La demande %1 figure déjà à la ligne %2 de ce fichier ; cette ligne n&apos;a pas été importée.</translation>
    </message>
    <message>
        <source>“%1” is not a yes or no (oui/non, yes/no, 1/0, x or empty).</source>
        <translation>« %1 » n&apos;est ni oui ni non (oui/non, yes/no, 1/0, x ou vide).</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>« %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a number of people.</source>
        <translation>« %1 » n&apos;est pas un nombre de personnes.</translation>
    </message>
    <message>
        <source>“%1” is not a date (27/03/2018 09:00, 27/03/2018 or 2018-03-27T09:00 expected).</source>
        <translation>« %1 » n&apos;est pas une date (27/03/2018 09:00, 27/03/2018 ou 2018-03-27T09:00 attendu).</translation>
    </message>
    <message>
        <source>The request id is empty.</source>
        <translation>L&apos;identifiant de la demande est vide.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Le titre est vide.</translation>
    </message>
    <message>
        <source>A latitude goes with a longitude: one of them is missing.</source>
        <translation>Une latitude va avec une longitude : l&apos;une des deux manque.</translation>
    </message>
    <message>
        <source>(%1, %2) are not coordinates: the latitude is between -90 and 90, the longitude between -180 and 180.</source>
        <translation>(%1, %2) ne sont pas des coordonnées : la latitude est entre -90 et 90, la longitude entre -180 et 180.</translation>
    </message>
    <message>
        <source>“%1” is not a price: it is negative.</source>
        <translation>« %1 » n&apos;est pas un tarif : il est négatif.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>The JSON objects have no key %1: is it a label request export? Their keys: %2</source>
        <translation>Les objets JSON n&apos;ont pas de clé %1 : est-ce un export des demandes de label ? Leurs clés : %2</translation>
    </message>
    <message>
        <source>The file is JSON but holds no list of requests (an array of objects, one per request): it holds a single value.</source>
        <translation>Le fichier est du JSON mais ne contient pas de liste de demandes (un tableau d&apos;objets, un par demande) : il contient une seule valeur.</translation>
    </message>
    <message>
        <source>The file is JSON but its list of requests is empty: there is nothing to import.</source>
        <translation>Le fichier est du JSON mais sa liste de demandes est vide : il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>The file is JSON but its list holds no object with the fields of a request.</source>
        <translation>Le fichier est du JSON mais sa liste ne contient aucun objet avec les champs d&apos;une demande.</translation>
    </message>
    <message>
        <source>The field holds a NUL character (binary data), which no text may hold: remove it and import the row again.</source>
        <translation>Le champ contient un caractère NUL (données binaires), qu&apos;aucun texte ne peut contenir : supprimez-le et importez de nouveau la ligne.</translation>
    </message>
    <message>
        <source>The field holds a byte that is not UTF-8 (shown as �): correct it in the file and import the row again.</source>
        <translation>Le champ contient un octet qui n&apos;est pas de l&apos;UTF-8 (affiché �) : corrigez-le dans le fichier et importez de nouveau la ligne.</translation>
    </message>
    <message>
        <source>“%1” is not an event type (%2): the request is imported as “other”, the type is added to its description.</source>
        <translation>« %1 » n&apos;est pas un type d&apos;événement (%2) : la demande est importée en « autre », le type est ajouté à sa description.</translation>
    </message>
    <message>
        <source>“%1” is not an organiser type (%2): the request is imported as “other”, the type is added to its description.</source>
        <translation>« %1 » n&apos;est pas un type d&apos;organisateur (%2) : la demande est importée en « autre », le type est ajouté à sa description.</translation>
    </message>
    <message>
        <source>imported, with a warning: %1</source>
        <translation>importée, avec un avertissement : %1</translation>
    </message>
</context>
<context>
    <name>LabelLoss</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Edited after the label; no longer passes:
%1</source>
        <translation>Modifiée après la labellisation ; ne remplit plus :
%1</translation>
    </message>
</context>
<context>
    <name>LabelNumberRepository</name>
    <message>
        <source>Cannot read the label number: %1</source>
        <translation>Impossible de lire le numéro de label : %1</translation>
    </message>
    <message>
        <source>Cannot give a label number: %1</source>
        <translation>Impossible d&apos;attribuer un numéro de label : %1</translation>
    </message>
</context>
<context>
    <name>LabelRules</name>
    <message>
        <source>The event&apos;s start or end date is missing.</source>
        <translation>La date de début ou de fin de l&apos;événement manque.</translation>
    </message>
    <message>
        <source>The event&apos;s end (%1) is before its start (%2): the dates cannot be checked.</source>
        <translation>La fin de l&apos;événement (%1) précède son début (%2) : les dates ne peuvent pas être vérifiées.</translation>
    </message>
    <message>
        <source>The event starts on %1, before the start of the week (%2).</source>
        <translation>L&apos;événement commence le %1, avant le début de la semaine (%2).</translation>
    </message>
    <message>
        <source>The event ends on %1, after the end of the week (%2).</source>
        <translation>L&apos;événement se termine le %1, après la fin de la semaine (%2).</translation>
    </message>
    <message>
        <source>The event runs from %1 to %2, within the week (%3 – %4).</source>
        <translation>L&apos;événement a lieu du %1 au %2, pendant la semaine (%3 – %4).</translation>
    </message>
    <message>
        <source>The audiences are not given.</source>
        <translation>Les publics ne sont pas renseignés.</translation>
    </message>
    <message>
        <source>The event is open to none of the three audiences (general public, young people, job seekers).</source>
        <translation>L&apos;événement n&apos;est ouvert à aucun des trois publics (grand public, jeunes, demandeurs d&apos;emploi).</translation>
    </message>
    <message>
        <source>The event is open to: %1.</source>
        <translation>L&apos;événement est ouvert aux publics : %1.</translation>
    </message>
    <message>
        <source>Whether the event aims to inform about industry is not given.</source>
        <translation>L&apos;objectif d&apos;information sur l&apos;industrie n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The event does not aim to inform or communicate about industry.</source>
        <translation>L&apos;événement ne vise pas à informer ou à communiquer sur l&apos;industrie.</translation>
    </message>
    <message>
        <source>The event aims to inform or communicate about industry.</source>
        <translation>L&apos;événement vise à informer ou à communiquer sur l&apos;industrie.</translation>
    </message>
    <message>
        <source>The event charges %1: the label requires free access.</source>
        <translation>L&apos;événement est payant (%1) : le label exige un accès gratuit.</translation>
    </message>
    <message>
        <source>Whether the event is free is not given.</source>
        <translation>La gratuité de l&apos;événement n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>The event is not free: the label requires free access.</source>
        <translation>L&apos;événement est payant : le label exige un accès gratuit.</translation>
    </message>
    <message>
        <source>The event is marked free but has a price of %1: the two are inconsistent.</source>
        <translation>L&apos;événement est déclaré gratuit mais a un prix de %1 : les deux sont incohérents.</translation>
    </message>
    <message>
        <source>The event is free.</source>
        <translation>L&apos;événement est gratuit.</translation>
    </message>
    <message>
        <source>The submission time is missing.</source>
        <translation>La date de dépôt manque.</translation>
    </message>
    <message>
        <source>The request was submitted on %1, after the deadline (%2).</source>
        <translation>La demande a été déposée le %1, après la date limite (%2).</translation>
    </message>
    <message>
        <source>The request was submitted on %1, before the deadline (%2).</source>
        <translation>La demande a été déposée le %1, avant la date limite (%2).</translation>
    </message>
    <message>
        <source>No decision is awaited (status: %1).</source>
        <translation>Aucune décision n&apos;est attendue (statut : %1).</translation>
    </message>
    <message numerus="yes">
        <source>The decision was due on %1 (%n working day(s) after the request): it is overdue.</source>
        <translation>
            <numerusform>La décision était attendue le %1 (%n jour ouvré après la demande) : elle est en retard.</numerusform>
            <numerusform>La décision était attendue le %1 (%n jours ouvrés après la demande) : elle est en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision is due on %1.</source>
        <translation>La décision est attendue le %1.</translation>
    </message>
    <message>
        <source>an in-person event has no place</source>
        <translation>un événement en présentiel n&apos;a pas de lieu</translation>
    </message>
    <message>
        <source>the coordinates (%1, %2) are outside France and its overseas territories</source>
        <translation>les coordonnées (%1, %2) sont hors de France et de ses territoires d&apos;outre-mer</translation>
    </message>
    <message>
        <source>the coordinates are %1 km from %2 (postal code %3)</source>
        <translation>les coordonnées sont à %1 km de %2 (code postal %3)</translation>
    </message>
    <message>
        <source>the postal code %1 does not exist</source>
        <translation>le code postal %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation>la fin (%1) précède le début (%2)</translation>
    </message>
    <message>
        <source>the SIRET %1 is invalid (14 digits with a valid check digit expected)</source>
        <translation>le SIRET %1 est invalide (14 chiffres avec une clé de contrôle valide attendus)</translation>
    </message>
    <message>
        <source>No data problem found.</source>
        <translation>Aucun problème de données.</translation>
    </message>
    <message>
        <source>Data problems: %1.</source>
        <translation>Problèmes de données : %1.</translation>
    </message>
    <message>
        <source>Dates within the week</source>
        <translation>Dates pendant la semaine</translation>
    </message>
    <message>
        <source>Open to the public, young people or job seekers</source>
        <translation>Ouvert au grand public, aux jeunes ou aux demandeurs d&apos;emploi</translation>
    </message>
    <message>
        <source>Aims to inform about industry</source>
        <translation>Vise à informer sur l&apos;industrie</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Request before the deadline</source>
        <translation>Demande dans les délais</translation>
    </message>
    <message>
        <source>Decision on time</source>
        <translation>Décision dans les délais</translation>
    </message>
    <message>
        <source>Data consistent</source>
        <translation>Données cohérentes</translation>
    </message>
</context>
<context>
    <name>LabelledRequestRepository</name>
    <message>
        <source>No request has the id %1.</source>
        <translation>Aucune demande n&apos;a l&apos;id %1.</translation>
    </message>
    <message>
        <source>The request %1 is not labelled (%2).</source>
        <translation>La demande %1 n&apos;est pas labellisée (%2).</translation>
    </message>
    <message>
        <source>The request %1 has no label number: it was labelled before the store gave them.</source>
        <translation>La demande %1 n&apos;a pas de numéro de label : elle a été labellisée avant que la base n&apos;en attribue.</translation>
    </message>
</context>
<context>
    <name>LetterKinds</name>
    <message>
        <source>Labelled</source>
        <translation>Labellisation</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Demande d&apos;informations</translation>
    </message>
    <message>
        <source>Free message</source>
        <translation>Message libre</translation>
    </message>
</context>
<context>
    <name>LetterLanguages</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>The request&apos;s identifier</source>
        <translation>L&apos;identifiant de la demande</translation>
    </message>
    <message>
        <source>The event&apos;s title</source>
        <translation>Le titre de l&apos;événement</translation>
    </message>
    <message>
        <source>The organiser&apos;s name</source>
        <translation>Le nom de l&apos;organisateur</translation>
    </message>
    <message>
        <source>The contact person&apos;s name</source>
        <translation>Le nom de la personne à contacter</translation>
    </message>
    <message>
        <source>The event&apos;s dates and times, e.g. &quot;le lundi 26 mars 2018 de 9 h à 17 h&quot;</source>
        <translation>Les dates et heures de l&apos;événement, par exemple « le lundi 26 mars 2018 de 9 h à 17 h »</translation>
    </message>
    <message>
        <source>The event&apos;s address, postal code and commune, or &quot;en ligne&quot;</source>
        <translation>L&apos;adresse, le code postal et la commune de l&apos;événement, ou « en ligne »</translation>
    </message>
    <message>
        <source>The edition, e.g. &quot;Semaine de l&apos;industrie 2018&quot;</source>
        <translation>L&apos;édition, par exemple « Semaine de l&apos;industrie 2018 »</translation>
    </message>
    <message>
        <source>The week of the event&apos;s territory, e.g. &quot;du 26 mars au 1er avril 2018&quot;</source>
        <translation>La semaine du territoire de l&apos;événement, par exemple « du 26 mars au 1er avril 2018 »</translation>
    </message>
    <message>
        <source>The date of the decision</source>
        <translation>La date de la décision</translation>
    </message>
    <message>
        <source>The label number, e.g. SI2018-L-00123</source>
        <translation>Le numéro de label, par exemple SI2018-L-00123</translation>
    </message>
    <message>
        <source>The reasons of a refusal, one per line</source>
        <translation>Les motifs d&apos;un refus, un par ligne</translation>
    </message>
    <message>
        <source>The information asked of the organiser</source>
        <translation>Les informations demandées à l&apos;organisateur</translation>
    </message>
    <message>
        <source>The message written from the event form</source>
        <translation>Le message écrit depuis la fiche de la demande</translation>
    </message>
    <message>
        <source>The reviewer&apos;s name</source>
        <translation>Le nom de l&apos;instructeur</translation>
    </message>
    <message>
        <source>The reviewer&apos;s service</source>
        <translation>Le service de l&apos;instructeur</translation>
    </message>
    <message>
        <source>the placeholder %1 is unknown</source>
        <translation>le champ %1 est inconnu</translation>
    </message>
    <message>
        <source>a placeholder is not closed: write it {{name}}</source>
        <translation>un champ n&apos;est pas fermé : écrivez-le {{nom}}</translation>
    </message>
    <message>
        <source>Subject: it is empty; a letter needs one.</source>
        <translation>Objet : il est vide ; une lettre en a besoin.</translation>
    </message>
    <message>
        <source>Subject, line 2: a subject is a single line.</source>
        <translation>Objet, ligne 2 : un objet tient sur une seule ligne.</translation>
    </message>
    <message>
        <source>Subject: %1.</source>
        <translation>Objet : %1.</translation>
    </message>
    <message>
        <source>Body, line %1: %2.</source>
        <translation>Texte, ligne %1 : %2.</translation>
    </message>
</context>
<context>
    <name>LetterTemplateDialog</name>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de lettre</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Inserts the chosen placeholder where the cursor was in the subject or the body</source>
        <translation>Insère le champ choisi là où était le curseur, dans l&apos;objet ou le texte</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre :</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Placeholders:</source>
        <translation>C&amp;hamps :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>The %1 template in %2 has changes that are not saved. Discard them?</source>
        <translation>Le modèle « %1 » en %2 a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3</source>
        <translation>Version %1, enregistrée par %2 le %3</translation>
    </message>
    <message>
        <source>Direction générale des entreprises</source>
        <translation>Direction générale des entreprises</translation>
    </message>
    <message>
        <source>The programme of the event and the number of places open to the public.</source>
        <translation>Le programme de l&apos;événement et le nombre de places ouvertes au public.</translation>
    </message>
    <message>
        <source>Your message, written from the event form.</source>
        <translation>Votre message, écrit depuis la fiche de la demande.</translation>
    </message>
    <message>
        <source>As sent for the request %1, “%2” (an example label number, information asked and message):</source>
        <translation>Tel qu&apos;envoyé pour la demande %1, « %2 » (numéro de label, informations demandées et message donnés en exemple) :</translation>
    </message>
    <message>
        <source>Version %1 saved.</source>
        <translation>Version %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>LetterTemplateRepository</name>
    <message>
        <source>Cannot read the letter templates: %1</source>
        <translation>Impossible de lire les modèles de lettre : %1</translation>
    </message>
    <message>
        <source>Cannot save the letter template: %1</source>
        <translation>Impossible d&apos;enregistrer le modèle de lettre : %1</translation>
    </message>
    <message>
        <source>Someone saved version %1 of this template since you opened version %2; reopen it to see their changes.</source>
        <translation>Quelqu&apos;un a enregistré la version %1 de ce modèle depuis que vous avez ouvert la version %2 ; rouvrez-le pour voir ses modifications.</translation>
    </message>
    <message>
        <source>The store has no letter template “%1” in %2.</source>
        <translation>La base ne contient aucun modèle de lettre « %1 » en %2.</translation>
    </message>
</context>
<context>
    <name>MailHeader</name>
    <message>
        <source>The request has no contact e-mail address.</source>
        <translation>La demande n&apos;a pas d&apos;adresse électronique de contact.</translation>
    </message>
    <message>
        <source>The contact address “%1” is not a valid e-mail address.</source>
        <translation>L&apos;adresse de contact « %1 » n&apos;est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>The contact address “%1” is not ASCII and the mail server does not accept such addresses (no SMTPUTF8).</source>
        <translation>L&apos;adresse de contact « %1 » n&apos;est pas en ASCII et le serveur de messagerie n&apos;accepte pas de telles adresses (pas de SMTPUTF8).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Queue</source>
        <translation>File d&apos;instr&amp;uction</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reload from the store</source>
        <translation>&amp;Recharger depuis la base</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Automatic (system language)</source>
        <translation>Automatique (langue du système)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About semaine-admin</source>
        <translation>À &amp;propos de semaine-admin</translation>
    </message>
    <message>
        <source>Semaine de l&apos;industrie %1 — %2 — demonstration data</source>
        <translation>Semaine de l&apos;industrie %1 — %2 — données de démonstration</translation>
    </message>
    <message>
        <source>Semaine de l&apos;industrie %1 — %2</source>
        <translation>Semaine de l&apos;industrie %1 — %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies from the next start of semaine-admin.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de semaine-admin.</translation>
    </message>
    <message>
        <source>About semaine-admin</source>
        <translation>À propos de semaine-admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;semaine-admin %1&lt;/h3&gt;&lt;p&gt;Label requests of the Semaine de l&apos;industrie, for the Direction générale des entreprises.&lt;/p&gt;&lt;p&gt;Contours et centres géographiques : IGN – ADMIN EXPRESS COG (édition 2018) et GEOFLA (2016, 2013), via le dépôt gregoiredavid/france-geojson ; codes, noms, codes postaux et populations : INSEE – Code officiel géographique et populations légales, La Poste – base officielle des codes postaux, via @etalab/decoupage-administratif 6.0.0 (millésime 2026). Licence Ouverte / Etalab. Données simplifiées et recalculées.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;semaine-admin %1&lt;/h3&gt;&lt;p&gt;Demandes de label de la Semaine de l&apos;industrie, pour la Direction générale des entreprises.&lt;/p&gt;&lt;p&gt;Contours et centres géographiques : IGN – ADMIN EXPRESS COG (édition 2018) et GEOFLA (2016, 2013), via le dépôt gregoiredavid/france-geojson ; codes, noms, codes postaux et populations : INSEE – Code officiel géographique et populations légales, La Poste – base officielle des codes postaux, via @etalab/decoupage-administratif 6.0.0 (millésime 2026). Licence Ouverte / Etalab. Données simplifiées et recalculées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The queue may be incomplete</source>
        <translation>La file de revue peut être incomplète</translation>
    </message>
    <message>
        <source>The review queue&apos;s index could not be brought up to date: %1</source>
        <translation>L&apos;index de la file de revue n&apos;a pas pu être mis à jour : %1</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Import requests…</source>
        <translation>&amp;Importer des demandes…</translation>
    </message>
    <message>
        <source>&amp;Export the current list…</source>
        <translation>&amp;Exporter la liste en cours…</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>regional reviewer</source>
        <translation>instructeur régional</translation>
    </message>
    <message>
        <source>national reviewer</source>
        <translation>instructeur national</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Shared store: %1 · %2 (%3)</source>
        <translation>Base partagée : %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>regional reviewer: %1</source>
        <translation>instructeur régional : %1</translation>
    </message>
    <message>
        <source>&amp;Shared store…</source>
        <translation>Base &amp;partagée…</translation>
    </message>
    <message>
        <source>Work on this &amp;workstation&apos;s store</source>
        <translation>Travailler sur la base de ce &amp;poste</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>This workstation&apos;s store opens from the next start.</source>
        <translation>La base de ce poste s&apos;ouvrira au prochain démarrage.</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>Base partagée</translation>
    </message>
    <message>
        <source>%1 opens from the next start.</source>
        <translation>%1 s&apos;ouvrira au prochain démarrage.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from imports waiting for a reviewer</source>
        <translation>
            <numerusform>%n modification venue d&apos;imports en attente d&apos;un instructeur</numerusform>
            <numerusform>%n modifications venues d&apos;imports en attente d&apos;un instructeur</numerusform>
        </translation>
    </message>
    <message>
        <source>Opens the next request with a change from an import waiting</source>
        <translation>Ouvre la demande suivante qui a une modification venue d&apos;un import en attente</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>Serveur de &amp;messagerie…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message en attente d&apos;envoi</numerusform>
            <numerusform>%n messages en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from imports</source>
        <translation>Modifications venues d&apos;imports</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>Évé&amp;nement</translation>
    </message>
    <message>
        <source>St&amp;atistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Label &amp;attestations…</source>
        <translation>&amp;Attestations de labellisation…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find in the queue</source>
        <translation>&amp;Rechercher dans la file</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>&amp;Modèles de lettre…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln labelled</source>
        <translation>
            <numerusform>%Ln labellisée</numerusform>
            <numerusform>%Ln labellisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln à instruire</numerusform>
            <numerusform>%Ln à instruire</numerusform>
        </translation>
    </message>
    <message>
        <source>The store cannot be read</source>
        <translation>La base ne peut pas être lue</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>The map cannot be shown; the rest of the application works as usual.

%1</source>
        <translation>La carte ne peut pas être affichée ; le reste de l&apos;application fonctionne normalement.

%1</translation>
    </message>
    <message>
        <source>Mainland France</source>
        <translation>Métropole</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Guyane</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>La Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Only what the map shows</source>
        <translation>Seulement ce que montre la carte</translation>
    </message>
    <message>
        <source>Show %1 (%2)</source>
        <translation>Afficher %1 (%2)</translation>
    </message>
    <message>
        <source>What colours the régions and départements</source>
        <translation>Ce qui colore les régions et les départements</translation>
    </message>
    <message>
        <source>Restricts the queue, the statistics and the map to the requests in view</source>
        <translation>Limite la file de revue, les statistiques et la carte aux demandes visibles</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Basemap…</source>
        <translation>Fond de carte…</translation>
    </message>
    <message>
        <source>Online events (no place on the map)</source>
        <translation>Événements en ligne (sans lieu sur la carte)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Dates unknown</source>
        <translation>Dates inconnues</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;br&gt;Status: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;br&gt;Statut : %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Fails: %1</source>
        <translation>&lt;br&gt;Non remplies : %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1.</translation>
    </message>
    <message>
        <source>Basemap unavailable (%1): the map shows its own layers.</source>
        <translation>Fond de carte indisponible (%1) : la carte affiche ses propres couches.</translation>
    </message>
    <message>
        <source>Enter or double-click opens the request.</source>
        <translation>Entrée ou un double-clic ouvre la demande.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shown:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Affiché :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>Close the popup</source>
        <translation>Fermer la bulle</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Reviewer notes (private, saved automatically)</source>
        <translation>Notes d&apos;instruction (privées, enregistrées automatiquement)</translation>
    </message>
    <message>
        <source>Reviewer notes</source>
        <translation>Notes d&apos;instruction</translation>
    </message>
    <message>
        <source>Not saved yet…</source>
        <translation>Pas encore enregistrées…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrées : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrées.</translation>
    </message>
</context>
<context>
    <name>OdsExport</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>OnlineEventModel</name>
    <message>
        <source>%1 · %2
%3
%4</source>
        <translation>%1 · %2
%3
%4</translation>
    </message>
</context>
<context>
    <name>OrganiserType</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Industry federation</source>
        <translation>Fédération industrielle</translation>
    </message>
    <message>
        <source>Chamber (CCI, CMA)</source>
        <translation>Chambre consulaire (CCI, CMA)</translation>
    </message>
    <message>
        <source>School or university</source>
        <translation>École ou université</translation>
    </message>
    <message>
        <source>State service</source>
        <translation>Service de l&apos;État</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Collectivité territoriale</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Reason or reply</source>
        <translation>Motif ou réponse</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>The message is no longer in a state that allows this.</source>
        <translation>Le message n&apos;est plus dans un état qui le permet.</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Impossible de lire la boîte d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>The message no longer exists.</source>
        <translation>Le message n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot take a message from the outbox: %1</source>
        <translation>Impossible de prendre un message dans la boîte d&apos;envoi : %1</translation>
    </message>
    <message>
        <source>Cannot update the outbox: %1</source>
        <translation>Impossible de mettre à jour la boîte d&apos;envoi : %1</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Cannot reach the mail server %1.</source>
        <translation>Impossible de joindre le serveur de messagerie %1.</translation>
    </message>
    <message>
        <source>The attestation cannot be made.</source>
        <translation>L&apos;attestation ne peut pas être produite.</translation>
    </message>
</context>
<context>
    <name>OutboxStates</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Cancel the message</source>
        <translation>Annuler le c&amp;ourriel</translation>
    </message>
    <message>
        <source>Send no&amp;w</source>
        <translation>En&amp;voyer maintenant</translation>
    </message>
    <message>
        <source>S&amp;top sending</source>
        <translation>Arrê&amp;ter l&apos;envoi</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2
</source>
        <translation>À : %1
Objet : %2
</translation>
    </message>
    <message>
        <source>Attachment: the label attestation (PDF)
</source>
        <translation>Pièce jointe : l&apos;attestation de labellisation (PDF)
</translation>
    </message>
    <message>
        <source>Last error: %1
</source>
        <translation>Dernière erreur : %1
</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>No mail server is set: choose one in Settings → Mail server. The messages wait in the outbox meanwhile.</source>
        <translation>Aucun serveur de messagerie n&apos;est réglé : choisissez-en un dans Réglages → Serveur de messagerie. Les messages attendent dans la boîte d&apos;envoi en attendant.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n sent</source>
        <translation>
            <numerusform>Envoi… %n envoyé</numerusform>
            <numerusform>Envoi… %n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeIcons</name>
    <message>
        <source>passes</source>
        <translation>remplie</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>non remplie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Région unknown</source>
        <translation>Région inconnue</translation>
    </message>
    <message>
        <source>Semaine de l&apos;industrie %1: requests</source>
        <translation>Semaine de l&apos;industrie %1 : demandes</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Exported on %1 at %2</source>
        <translation>Exportées le %1 à %2</translation>
    </message>
</context>
<context>
    <name>PendingUpdates</name>
    <message>
        <source>Cannot read the changes from imports: %1</source>
        <translation>Impossible de lire les modifications venues d&apos;imports : %1</translation>
    </message>
    <message>
        <source>This change from an import is no longer waiting: someone accepted or dismissed it.</source>
        <translation>Cette modification venue d&apos;un import n&apos;est plus en attente : quelqu&apos;un l&apos;a acceptée ou écartée.</translation>
    </message>
    <message>
        <source>Cannot keep the imported change of %1 for review: %2</source>
        <translation>Impossible de conserver la modification importée de %1 pour validation : %2</translation>
    </message>
    <message>
        <source>it is no longer waiting, or you may not change this request</source>
        <translation>elle n&apos;est plus en attente, ou vous ne pouvez pas modifier cette demande</translation>
    </message>
    <message>
        <source>The change from the import of %1 to the request %2 cannot be read again: %3</source>
        <translation>La modification de la demande %2 venue de l&apos;import de %1 ne peut pas être relue : %3</translation>
    </message>
    <message>
        <source>Accepted from the import of %1</source>
        <translation>Acceptée depuis l&apos;import de %1</translation>
    </message>
    <message>
        <source>The change from an import to the request %1 was not accepted: %2.</source>
        <translation>La modification de la demande %1 venue d&apos;un import n&apos;a pas été acceptée : %2.</translation>
    </message>
    <message>
        <source>Dismissing a change from an import needs a reason.</source>
        <translation>Écarter une modification venue d&apos;un import demande un motif.</translation>
    </message>
    <message>
        <source>The change from an import to the request %1 was not dismissed: %2.</source>
        <translation>La modification de la demande %1 venue d&apos;un import n&apos;a pas été écartée : %2.</translation>
    </message>
</context>
<context>
    <name>PendingUpdatesBar</name>
    <message numerus="yes">
        <source>%n change(s) from an import are waiting</source>
        <translation>
            <numerusform>%n modification venue d&apos;un import est en attente</numerusform>
            <numerusform>%n modifications venues d&apos;un import sont en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, imported by %2 from %3:</source>
        <translation>%1, importée par %2 depuis %3 :</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept the change imported on %1</source>
        <translation>Accepter la modification importée le %1</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>Dismiss the change imported on %1</source>
        <translation>Écarter la modification importée le %1</translation>
    </message>
    <message>
        <source>Your role may not change this request.</source>
        <translation>Votre rôle ne permet pas de modifier cette demande.</translation>
    </message>
</context>
<context>
    <name>PreviousFiguresCsv</name>
    <message>
        <source>Line %1: “%2” is not a whole number.</source>
        <translation>Ligne %1 : « %2 » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is neither a département code nor R and a région code.</source>
        <translation>Ligne %1 : « %2 » n&apos;est ni un code de département ni R suivi d&apos;un code de région.</translation>
    </message>
</context>
<context>
    <name>PreviousFiguresDialog</name>
    <message>
        <source>Figures of the %1 edition</source>
        <translation>Chiffres de l&apos;édition %1</translation>
    </message>
    <message>
        <source>Events and participants of %1 per région and département, where they are known. Leave a cell empty when the figure is not known: the statistics then say “n/c”.</source>
        <translation>Événements et participants de %1 par région et par département, lorsqu&apos;ils sont connus. Laissez une case vide si le chiffre n&apos;est pas connu : les statistiques indiquent alors « n/c ».</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Région %1</source>
        <translation>Région %1</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import the previous edition&apos;s figures</source>
        <translation>Importer les chiffres de l&apos;édition précédente</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a whole number (%2).</source>
        <translation>« %1 » n&apos;est pas un nombre entier (%2).</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Dép.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Décision attendue le</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tardive</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>QueueIndex</name>
    <message>
        <source>Cannot record the queue&apos;s recipe: %1</source>
        <translation>Impossible d&apos;enregistrer la version de l&apos;index de la file de revue : %1</translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>La file de revue ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>The store has no search index.</source>
        <translation>La base n&apos;a pas d&apos;index de recherche.</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Decision on %n request(s)</source>
        <translation>
            <numerusform>Décision sur %n demande</numerusform>
            <numerusform>Décision sur %n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) done.</source>
        <translation>
            <numerusform>%n demande traitée.</numerusform>
            <numerusform>%n demandes traitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… et %n autre (voir le détail)</numerusform>
            <numerusform>… et %n autres (voir le détail)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select all that match</source>
        <translation>Tout sélectionner dans le filtre</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to the organisers queued in the outbox.</source>
        <translation>
            <numerusform>%n message aux organisateurs mis dans la boîte d&apos;envoi.</numerusform>
            <numerusform>%n messages aux organisateurs mis dans la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n écartée :</numerusform>
            <numerusform>%n écartées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 request(s) shown</source>
        <translation>
            <numerusform>%Ln demande affichée sur %L1</numerusform>
            <numerusform>%Ln demandes affichées sur %L1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalReasons</name>
    <message>
        <source>The event does not take place within the Semaine de l&apos;industrie (%1 – %2): the label requires it.</source>
        <translation>L&apos;événement n&apos;a pas lieu pendant la Semaine de l&apos;industrie (%1 – %2) : le label l&apos;exige.</translation>
    </message>
    <message>
        <source>The event is not open to the general public, young people or job seekers: the label requires one of these audiences.</source>
        <translation>L&apos;événement n&apos;est ouvert ni au grand public, ni aux jeunes, ni aux demandeurs d&apos;emploi : le label exige l&apos;un de ces publics.</translation>
    </message>
    <message>
        <source>The event does not aim to inform or communicate about industry: the label requires it.</source>
        <translation>L&apos;événement ne vise pas à informer ou à communiquer sur l&apos;industrie : le label l&apos;exige.</translation>
    </message>
    <message>
        <source>The event charges a fee: the label requires free access.</source>
        <translation>L&apos;événement est payant : le label exige un accès gratuit.</translation>
    </message>
</context>
<context>
    <name>RegionShapeModel</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid GeoJSON: %2</source>
        <translation>%1 n&apos;est pas un GeoJSON valide : %2</translation>
    </message>
    <message>
        <source>Labelled events</source>
        <translation>Événements labellisés</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Demandes en attente</translation>
    </message>
    <message>
        <source>Share failing a condition</source>
        <translation>Part ne remplissant pas une condition</translation>
    </message>
    <message>
        <source>Labelled per 100,000 inhabitants</source>
        <translation>Labellisés pour 100 000 habitants</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1
Requests: %2 · labelled: %3 · pending: %4
Failing a condition: %5 · labelled per 100,000 inhabitants: %6</source>
        <translation>%1
Demandes : %2 · labellisées : %3 · en attente : %4
Ne remplissant pas une condition : %5 · labellisées pour 100 000 habitants : %6</translation>
    </message>
</context>
<context>
    <name>RequestChange</name>
    <message>
        <source>You may not change the request %1: it belongs to the région %2, which is not one of yours.</source>
        <translation>Vous ne pouvez pas modifier la demande %1 : elle relève de la région %2, qui n&apos;est pas l&apos;une des vôtres.</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>La demande n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 changed the request %2 on %3, after you displayed it (now: %4). Nothing was changed; the request is shown as it is now.</source>
        <translation>%1 a modifié la demande %2 le %3, après que vous l&apos;avez affichée (désormais : %4). Rien n&apos;a été modifié ; la demande est affichée telle qu&apos;elle est maintenant.</translation>
    </message>
    <message>
        <source>The request %1 was changed by someone else since it was displayed (now: %2). Nothing was changed.</source>
        <translation>La demande %1 a été modifiée par quelqu&apos;un d&apos;autre depuis son affichage (maintenant : %2). Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Cannot save the request %1: %2</source>
        <translation>Impossible d&apos;enregistrer la demande %1 : %2</translation>
    </message>
    <message>
        <source>Cannot index the requests for the queue: %1</source>
        <translation>Impossible d&apos;indexer les demandes pour la file de revue : %1</translation>
    </message>
</context>
<context>
    <name>RequestColumns</name>
    <message>
        <source>Request id</source>
        <translation>N° de demande</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Online event</source>
        <translation>Événement en ligne</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Organiser type</source>
        <translation>Type d&apos;organisateur</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Grand public</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Job seekers</source>
        <translation>Demandeurs d&apos;emploi</translation>
    </message>
    <message>
        <source>Aims to inform about industry</source>
        <translation>Vise à informer sur l&apos;industrie</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Price (€)</source>
        <translation>Tarif (€)</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Participants attendus</translation>
    </message>
    <message>
        <source>Actual participants</source>
        <translation>Participants réels</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>RequestImport</name>
    <message>
        <source>-rejects</source>
        <translation>-rejets</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The store %1 has no edition.</source>
        <translation>La base %1 ne contient aucune édition.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1 : %2 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot write the report of rejected rows %1: %2. Nothing was imported, so that no row is lost.</source>
        <translation>Impossible d&apos;écrire le rapport des lignes rejetées %1 : %2. Rien n&apos;a été importé, pour qu&apos;aucune ligne ne soit perdue.</translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>L&apos;import a échoué et rien n&apos;a été modifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing was stored: %n row(s) read</source>
        <translation>
            <numerusform>Essai à blanc, rien n&apos;a été enregistré : %n ligne lue</numerusform>
            <numerusform>Essai à blanc, rien n&apos;a été enregistré : %n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 created + %2 updated + %3 unchanged + %4 rejected</source>
        <translation>%1 créées + %2 mises à jour + %3 inchangées + %4 rejetées</translation>
    </message>
    <message numerus="yes">
        <source>%n decided request(s) changed in the file: the change is kept for a reviewer to accept, not applied.</source>
        <translation>
            <numerusform>%n demande déjà décidée a changé dans le fichier : la modification est conservée pour qu&apos;un instructeur l&apos;accepte, elle n&apos;est pas appliquée.</numerusform>
            <numerusform>%n demandes déjà décidées ont changé dans le fichier : les modifications sont conservées pour qu&apos;un instructeur les accepte, elles ne sont pas appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown columns, not imported: %1</source>
        <translation>Colonnes inconnues, non importées : %1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  ligne %1 : %2</translation>
    </message>
    <message>
        <source>  line %1, column %2: %3</source>
        <translation>  ligne %1, colonne %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … et %n autre</numerusform>
            <numerusform>  … et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The report %1 would overwrite the file being imported.</source>
        <translation>Le rapport %1 remplacerait le fichier importé.</translation>
    </message>
    <message>
        <source>The report %1 would overwrite the store %2.</source>
        <translation>Le rapport %1 remplacerait la base %2.</translation>
    </message>
    <message>
        <source>The report %1 would overwrite an existing file that is not a report of rejected rows: choose another path or remove it.</source>
        <translation>Le rapport %1 remplacerait un fichier existant qui n&apos;est pas un rapport de lignes rejetées : choisissez un autre chemin ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows and warnings, with their reasons, written to %1:</source>
        <translation>Lignes rejetées et avertissements, avec leur motif, écrits dans %1 :</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
</context>
<context>
    <name>RequestStore</name>
    <message>
        <source>Cannot store requests: %1</source>
        <translation>Impossible d&apos;enregistrer les demandes : %1</translation>
    </message>
    <message>
        <source>Cannot store the request %1 (%2): %3. Nothing was stored.</source>
        <translation>Impossible d&apos;enregistrer la demande %1 (%2) : %3. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot index the requests for the queue: %1</source>
        <translation>Impossible d&apos;indexer les demandes pour la file de revue : %1</translation>
    </message>
    <message>
        <source>Cannot save the notes: %1</source>
        <translation>Impossible d&apos;enregistrer les notes : %1</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>La demande n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Fails %1</source>
        <translation>Ne remplit pas %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · overdue by %n working day(s)</source>
        <translation>
            <numerusform>%1 · en retard de %n jour ouvré</numerusform>
            <numerusform>%1 · en retard de %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n working day(s) left</source>
        <translation>
            <numerusform>%1 · reste %n jour ouvré</numerusform>
            <numerusform>%1 · restent %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>The statistics have no charts tab</source>
        <translation>Les statistiques n&apos;ont pas d&apos;onglet de graphiques</translation>
    </message>
    <message>
        <source>The map cannot be shown: %1</source>
        <translation>La carte ne peut pas être affichée : %1</translation>
    </message>
</context>
<context>
    <name>SharedFilter</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>statut : %1</translation>
    </message>
    <message>
        <source>région: %1</source>
        <translation>région : %1</translation>
    </message>
    <message>
        <source>département: %1</source>
        <translation>département : %1</translation>
    </message>
    <message>
        <source>failing a condition</source>
        <translation>ne remplissant pas une condition</translation>
    </message>
    <message>
        <source>failing %1 (%2)</source>
        <translation>ne remplissant pas %1 (%2)</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>type : %1</translation>
    </message>
    <message>
        <source>organiser: %1</source>
        <translation>organisateur : %1</translation>
    </message>
    <message>
        <source>late: %1</source>
        <translation>tardive : %1</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>décision en retard : %1</translation>
    </message>
    <message>
        <source>submitted from %1</source>
        <translation>déposée à partir du %1</translation>
    </message>
    <message>
        <source>submitted until %1</source>
        <translation>déposée jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>texte : « %1 »</translation>
    </message>
    <message>
        <source>all requests</source>
        <translation>toutes les demandes</translation>
    </message>
    <message>
        <source>in the map&apos;s view</source>
        <translation>dans la vue de la carte</translation>
    </message>
    <message>
        <source>meeting every condition</source>
        <translation>remplissant toutes les conditions</translation>
    </message>
    <message>
        <source>nobody in charge</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>in charge: %1</source>
        <translation>responsable : %1</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>The mail server %1 does not offer TLS (STARTTLS); allow plain connections only for a local relay.</source>
        <translation>Le serveur de messagerie %1 ne propose pas TLS (STARTTLS) ; n&apos;autorisez les connexions en clair que pour un relais local.</translation>
    </message>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (le serveur a répondu : %2)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Accept a server &amp;without TLS (a local relay only)</source>
        <translation>Accepter un serveur &amp;sans TLS (un relais local seulement)</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>smtp:// uses STARTTLS, smtps:// TLS from the start</source>
        <translation>smtp:// utilise STARTTLS, smtps:// TLS dès le début</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Adresse de l&apos;expéditeur :</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>&amp;Nom de l&apos;expéditeur :</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>&amp;Répondre à :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <source>Labelled %1</source>
        <translation>Labellisés en %1</translation>
    </message>
    <message>
        <source>Labelled %1 (where known)</source>
        <translation>Labellisés en %1 (si connu)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Labelled events per région against %1</source>
        <translation>Événements labellisés par région, comparés à %1</translation>
    </message>
    <message>
        <source>Status of the requests per région</source>
        <translation>Statut des demandes par région</translation>
    </message>
    <message>
        <source>Labelled events running</source>
        <translation>Événements labellisés en cours</translation>
    </message>
    <message>
        <source>Labelled events running on each day</source>
        <translation>Événements labellisés ayant lieu chaque jour</translation>
    </message>
    <message>
        <source>Audiences of the requests (one request may have several)</source>
        <translation>Publics des demandes (une demande peut en viser plusieurs)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événement</translation>
    </message>
    <message>
        <source>Organiser types</source>
        <translation>Types d&apos;organisateur</translation>
    </message>
    <message>
        <source>Requests failing the condition</source>
        <translation>Demandes ne remplissant pas la condition</translation>
    </message>
    <message>
        <source>Label conditions failed</source>
        <translation>Conditions du label non remplies</translation>
    </message>
    <message>
        <source>Requests received and decisions per day</source>
        <translation>Demandes reçues et décisions par jour</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <source>Decisions (labelled or refused)</source>
        <translation>Décisions (labellisées ou refusées)</translation>
    </message>
    <message>
        <source>Deadline (%1)</source>
        <translation>Date limite (%1)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2 : %3</translation>
    </message>
    <message>
        <source>Labelled events per région (%1 per région not known; France: %2 against %3 in %1)</source>
        <translation>Événements labellisés par région (%1 par région inconnu ; France : %2 contre %3 en %1)</translation>
    </message>
    <message>
        <source>Labelled events per région (%1 not known)</source>
        <translation>Événements labellisés par région (%1 inconnu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Requests received and decisions per day (%n outside the campaign not shown)</source>
        <translation>
            <numerusform>Demandes reçues et décisions par jour (%n hors campagne non montrée)</numerusform>
            <numerusform>Demandes reçues et décisions par jour (%n hors campagne non montrées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Report of %1 · %2</source>
        <translation>Rapport du %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>%1 (%2: n/c)</source>
        <translation>%1 (%2 : n/c)</translation>
    </message>
    <message>
        <source>%1, %2 % of %3, %4</source>
        <translation>%1, %2&#x202f;% de %3, %4</translation>
    </message>
    <message>
        <source>Requests received: %1</source>
        <translation>Demandes reçues : %1</translation>
    </message>
    <message>
        <source>Labelled events: %1</source>
        <translation>Événements labellisés : %1</translation>
    </message>
    <message>
        <source>Refused: %1 · pending: %2 · information requested: %3 · withdrawn: %4</source>
        <translation>Refusées : %1 · en attente : %2 · compléments demandés : %3 · retirées : %4</translation>
    </message>
    <message>
        <source>Expected participants of labelled events: %1</source>
        <translation>Participants attendus des événements labellisés : %1</translation>
    </message>
    <message numerus="yes">
        <source>Actual participants (%n labelled event(s) reported): %1</source>
        <translation>
            <numerusform>Participants réels (%n événement labellisé a répondu) : %1</numerusform>
            <numerusform>Participants réels (%n événements labellisés ont répondu) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Actual participants: none reported yet</source>
        <translation>Participants réels : aucun chiffre reçu pour le moment</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Labellisées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taux d&apos;acceptation</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Participants attendus</translation>
    </message>
    <message>
        <source>Actual participants</source>
        <translation>Participants réels</translation>
    </message>
    <message>
        <source>Share of labelled</source>
        <translation>Part des labellisés</translation>
    </message>
    <message>
        <source>Labelled per 100,000</source>
        <translation>Labellisés pour 100 000 hab.</translation>
    </message>
    <message>
        <source>Labelled %1</source>
        <translation>Labellisés %1</translation>
    </message>
    <message>
        <source>Labelled vs %1</source>
        <translation>Labellisés / %1</translation>
    </message>
    <message>
        <source>Participants %1</source>
        <translation>Participants %1</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1&#x202f;% (%2)</translation>
    </message>
    <message>
        <source>France (total)</source>
        <translation>France (total)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>n/c</source>
        <translation>n/c</translation>
    </message>
</context>
<context>
    <name>StatisticsRepository</name>
    <message>
        <source>The statistics cannot be read: %1</source>
        <translation>Les statistiques ne peuvent pas être lues : %1</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>&amp;Previous edition figures…</source>
        <translation>C&amp;hiffres de l&apos;édition précédente…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Rapport (PDF)…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tables (CSV)…</source>
        <translation>Tableaux (CSV)…</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Tables (XLSX)…</source>
        <translation>Tableaux (XLSX)…</translation>
    </message>
    <message>
        <source>Export the tables</source>
        <translation>Exporter les tableaux</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Charts (PNG and SVG)…</source>
        <translation>Graphiques (PNG et SVG)…</translation>
    </message>
    <message>
        <source>Double-click a région (or press Enter) to filter the queue on it.</source>
        <translation>Double-cliquez sur une région (ou appuyez sur Entrée) pour filtrer la file sur elle.</translation>
    </message>
    <message>
        <source>Régions and départements</source>
        <translation>Régions et départements</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Départements of %1</source>
        <translation>Départements de %1</translation>
    </message>
    <message>
        <source>Semaine de l&apos;industrie %1: statistics</source>
        <translation>Semaine de l&apos;industrie %1 : statistiques</translation>
    </message>
    <message>
        <source>The figures could not be saved: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Régions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Départements</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <source>Export the charts into</source>
        <translation>Exporter les graphiques dans</translation>
    </message>
    <message>
        <source>Whole edition</source>
        <translation>Toute l&apos;édition</translation>
    </message>
    <message>
        <source>Count every request of the edition: clears the filter shared with the queue and the map.</source>
        <translation>Compter toutes les demandes de l&apos;édition : efface le filtre partagé avec la file et la carte.</translation>
    </message>
    <message>
        <source>Only the statuses of the queue&apos;s tab</source>
        <translation>Seulement les statuts de l&apos;onglet de la file</translation>
    </message>
    <message>
        <source>Otherwise the figures count every status, whichever tab the queue shows.</source>
        <translation>Sinon les chiffres comptent tous les statuts, quel que soit l&apos;onglet de la file.</translation>
    </message>
    <message>
        <source>every request of the edition %1</source>
        <translation>toutes les demandes de l&apos;édition %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Figures of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chiffres de %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Figures filtered:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Chiffres filtrés :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>semaine-industrie-%1-statistics</source>
        <translation>semaine-industrie-%1-statistiques</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Print JSON for scripts instead of a table.</source>
        <translation>Affiche du JSON pour les scripts au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <source>Only this région (INSEE code, e.g. 53).</source>
        <translation>Seulement cette région (code INSEE, par ex. 53).</translation>
    </message>
    <message>
        <source>The edition&apos;s year (default: the latest).</source>
        <translation>L&apos;année de l&apos;édition (par défaut : la dernière).</translation>
    </message>
    <message>
        <source>The statistics dashboard&apos;s figures of the requests, nationally and per région.</source>
        <translation>Les chiffres du tableau de bord statistique des demandes, au niveau national et par région.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Arguments inattendus : %1</translation>
    </message>
    <message>
        <source>--region expects the INSEE code of a région (e.g. 53 for Bretagne), not “%1”.</source>
        <translation>--region attend le code INSEE d&apos;une région (par ex. 53 pour la Bretagne), et non « %1 ».</translation>
    </message>
    <message>
        <source>--edition expects a year, not “%1”.</source>
        <translation>--edition attend une année, et non « %1 ».</translation>
    </message>
    <message>
        <source>Semaine de l&apos;industrie %1</source>
        <translation>Semaine de l&apos;industrie %1</translation>
    </message>
    <message>
        <source>Région: %1</source>
        <translation>Région : %1</translation>
    </message>
</context>
<context>
    <name>StatusTabs</name>
    <message>
        <source>To review</source>
        <translation>À instruire</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Compléments demandés</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Labellisées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>%1 already holds %2 requests: a store is copied only into an empty one.</source>
        <translation>%1 contient déjà %2 demandes : une base ne se copie que dans une base vide.</translation>
    </message>
    <message>
        <source>Cannot empty %1 in %2: %3</source>
        <translation>Impossible de vider %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read %1 in %2: %3</source>
        <translation>Impossible de lire %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>Cannot write %1 in %2: %3</source>
        <translation>Impossible d&apos;écrire %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>The copy of %1 does not add up: %2 rows read, %3 in %4. Nothing was copied.</source>
        <translation>La copie de %1 ne correspond pas : %2 lignes lues, %3 dans %4. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>Cannot copy rows %1 to %2 of %3 into %4: %5</source>
        <translation>Impossible de copier les lignes %1 à %2 de %3 dans %4 : %5</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1 in %2: %3</source>
        <translation>Impossible de compter les lignes de %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read the columns of %1 in %2: %3</source>
        <translation>Impossible de lire les colonnes de %1 dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>… [truncated]</source>
        <translation>… [tronqué]</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The store to open (default: %1).</source>
        <translation>La base à ouvrir (par défaut : %1).</translation>
    </message>
    <message>
        <source>Render each main view to a PNG file in DIR and exit.</source>
        <translation>Enregistre chaque vue principale en PNG dans DIR, puis quitte.</translation>
    </message>
    <message>
        <source>Language: fr or en.</source>
        <translation>Langue : fr ou en.</translation>
    </message>
    <message>
        <source>Do not load demonstration data into an empty store.</source>
        <translation>Ne pas charger de données de démonstration dans une base vide.</translation>
    </message>
    <message>
        <source>The store cannot be opened</source>
        <translation>La base ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>semaine-admin stores (*.sqlite);;All files (*)</source>
        <translation>Bases semaine-admin (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>semaine-admin needs a display, and none is set (DISPLAY and WAYLAND_DISPLAY are empty).
Start it from a desktop session or under a virtual one (xvfb-run -a semaine-admin),
or render every screen to PNG files without a display: semaine-admin --screenshot DIR
</source>
        <translation>semaine-admin a besoin d&apos;un affichage, et aucun n&apos;est défini (DISPLAY et WAYLAND_DISPLAY sont vides).
Lancez-le depuis une session de bureau ou sous un affichage virtuel (xvfb-run -a semaine-admin),
ou enregistrez chaque écran en PNG sans affichage : semaine-admin --screenshot DIR
</translation>
    </message>
    <message>
        <source>--lang expects fr or en, not “%1”.</source>
        <translation>--lang attend fr ou en, pas « %1 ».</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>Base partagée</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Shared store…</source>
        <translation>Base partagée…</translation>
    </message>
    <message>
        <source>%1 can only be read: %2. The window needs to write to its store; use the command line (list, export, stats) to read it.</source>
        <translation>%1 est en lecture seule : %2. La fenêtre doit pouvoir écrire dans sa base ; pour la lire, utilisez la ligne de commande (list, export, stats).</translation>
    </message>
    <message>
        <source>Unknown command “%1”; the commands are: %2.</source>
        <translation>Commande « %1 » inconnue ; les commandes sont : %2.</translation>
    </message>
    <message>
        <source>Label requests of the Semaine de l&apos;industrie.

Commands:
  demo --events N [--seed S] --db PATH   write a generated edition into an empty store
  import FILE [--report FILE] [--dry-run]   import label requests (CSV or JSON)
  list [--json] [--status S] [--region CODE] [--departement CODE] [--failing WHICH]
                                         the requests with their label conditions
  decide --label|--refuse|--request-info [--reason TEXT] [--override JUSTIFICATION] ID...
                                         decide requests as the window does, queuing the organisers&apos; messages
  export --format csv|xlsx|ods|pdf|geojson|ics [--status S] [--region CODE] [--departement CODE] OUT
                                         the labelled requests as a file
  attestation ID... (--out DIR | --zip FILE)   the label attestations as PDF files
  mail send [--smtp URL] [--from ADDRESS] [--allow-plain] | mail list [--json] [--state S]
                                         deliver the outbox over SMTP, or list its messages
  stats [--json] [--region CODE] [--edition YEAR]
                                         the figures of the statistics, national and per région
  migrate --from PATH --to URL           copy a store (e.g. into PostgreSQL), audit trail included

--db takes a file or a shared PostgreSQL store: postgresql://user@host:port/database</source>
        <translation>Demandes de label de la Semaine de l&apos;industrie.

Commandes :
  demo --events N [--seed S] --db CHEMIN   écrit une édition générée dans une base vide
  import FICHIER [--report FICHIER] [--dry-run]   importe des demandes de label (CSV ou JSON)
  list [--json] [--status S] [--region CODE] [--departement CODE] [--failing QUOI]
                                         les demandes et leurs conditions de label
  decide --label|--refuse|--request-info [--reason TEXTE] [--override JUSTIFICATION] ID...
                                         décide des demandes comme la fenêtre et met en file les messages aux organisateurs
  export --format csv|xlsx|ods|pdf|geojson|ics [--status S] [--region CODE] [--departement CODE] SORTIE
                                         les demandes labellisées dans un fichier
  attestation ID... (--out DOSSIER | --zip FICHIER)   les attestations de label en PDF
  mail send [--smtp URL] [--from ADRESSE] [--allow-plain] | mail list [--json] [--state S]
                                         remet la boîte d’envoi par SMTP, ou en liste les messages
  stats [--json] [--region CODE] [--edition ANNÉE]
                                         les chiffres des statistiques, nationaux et par région
  migrate --from CHEMIN --to URL         copie une base (par ex. vers PostgreSQL), journal d&apos;audit compris

--db accepte un fichier ou une base PostgreSQL partagée : postgresql://utilisateur@hôte:port/base</translation>
    </message>
</context>
</TS>

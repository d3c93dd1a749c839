<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Civitas::AboutDialog</name>
    <message>
        <source>About Civitas</source>
        <translation>À propos de Civitas</translation>
    </message>
    <message>
        <source>The back office of the town hall: agent files, leave, associations, school equipment and deliberations, in one application that keeps working without the network.</source>
        <translation>Le back-office de la mairie&#xa0;: dossiers des agents, congés, associations, équipement des écoles et délibérations, dans une seule application qui continue de fonctionner sans réseau.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <source>No module installed</source>
        <translation>Aucun module installé</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Modules&#xa0;:</translation>
    </message>
    <message>
        <source>Built with Qt %1. Data stays on this computer or on your town&apos;s own server.</source>
        <translation>Construit avec Qt %1. Les données restent sur cet ordinateur ou sur le serveur de votre commune.</translation>
    </message>
</context>
<context>
    <name>Civitas::AdminCli</name>
    <message>
        <source>(see civitas-admin --help)</source>
        <translation>(voir civitas-admin --help)</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>erreur&#xa0;:</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>l&apos;option %1 attend une valeur.</translation>
    </message>
    <message>
        <source>Usage: civitas-admin COMMAND [options]</source>
        <translation>Utilisation&#xa0;: civitas-admin COMMANDE [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>affiche la version</translation>
    </message>
    <message>
        <source>list the modules, their state and why one was refused</source>
        <translation>liste les modules, leur état et la raison d&apos;un refus</translation>
    </message>
    <message>
        <source>create a new local database</source>
        <translation>crée une nouvelle base locale</translation>
    </message>
    <message>
        <source>apply pending migrations to a local database</source>
        <translation>applique les migrations en attente à une base locale</translation>
    </message>
    <message>
        <source>create a demo town (900 agents, seed 1 by default)</source>
        <translation>crée une commune de démonstration (900 agents, graine 1 par défaut)</translation>
    </message>
    <message>
        <source>No module found in %1.</source>
        <translation>Aucun module trouvé dans %1.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db CHEMIN est obligatoire.</translation>
    </message>
    <message>
        <source>%1 already exists; use &quot;migrate&quot; to bring it up to date.</source>
        <translation>%1 existe déjà&#xa0;; utilisez «&#xa0;migrate&#xa0;» pour le mettre à jour.</translation>
    </message>
    <message>
        <source>%1 does not exist; use &quot;init&quot; to create it.</source>
        <translation>%1 n&apos;existe pas&#xa0;; utilisez «&#xa0;init&#xa0;» pour le créer.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 a été créé.</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 est à jour.</translation>
    </message>
    <message>
        <source>--agents must be a whole number from 10 to 1,000,000.</source>
        <translation>--agents doit être un nombre entier de 10 à 1&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Demo town with %1 agents written to %2 in %3 s.</source>
        <translation>Commune de démonstration de %1 agents écrite dans %2 en %3&#xa0;s.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>a command is required.</source>
        <translation>une commande est attendue.</translation>
    </message>
    <message>
        <source>ignored arguments:</source>
        <translation>arguments ignorés&#xa0;:</translation>
    </message>
    <message>
        <source>create or upgrade the central PostgreSQL schema</source>
        <translation>crée ou met à jour le schéma central PostgreSQL</translation>
    </message>
    <message>
        <source>create a login (password read from standard input)</source>
        <translation>crée un identifiant (mot de passe lu sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>disable a login</source>
        <translation>désactive un identifiant</translation>
    </message>
    <message>
        <source>list the logins</source>
        <translation>liste les identifiants</translation>
    </message>
    <message>
        <source>send local changes and receive the server&apos;s</source>
        <translation>envoie les modifications locales et reçoit celles du serveur</translation>
    </message>
    <message>
        <source>no server given: use --server postgresql://user@host:port/database or the PGHOST and PGDATABASE variables.</source>
        <translation>aucun serveur indiqué&#xa0;: utilisez --server postgresql://utilisateur@serveur:port/base ou les variables PGHOST et PGDATABASE.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion impossible à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The central schema is up to date; nothing changed.</source>
        <translation>Le schéma central est à jour&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>user needs add, disable or list.</source>
        <translation>user attend add, disable ou list.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>user %1 needs a LOGIN.</source>
        <translation>user %1 attend un IDENTIFIANT.</translation>
    </message>
    <message>
        <source>The login %1 is disabled.</source>
        <translation>L&apos;identifiant %1 est désactivé.</translation>
    </message>
    <message>
        <source>unknown user action &quot;%1&quot;.</source>
        <translation>action de user inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (known: %2).</source>
        <translation>rôle inconnu «&#xa0;%1&#xa0;» (rôles connus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>user add needs --agent ID.</source>
        <translation>user add attend --agent ID.</translation>
    </message>
    <message>
        <source>The login %1 can connect, with the roles: %2.</source>
        <translation>L&apos;identifiant %1 peut se connecter, avec les rôles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>received %1 of %2 rows</source>
        <translation>%1 lignes reçues sur %2</translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>la connexion au serveur a été perdue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s): %1</source>
        <translation>
            <numerusform>%n migration appliquée&#xa0;: %1</numerusform>
            <numerusform>%n migrations appliquées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>the password must have at least 8 characters.</source>
        <translation>le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>the password could not be prepared for the server.</source>
        <translation>le mot de passe n&apos;a pas pu être préparé pour le serveur.</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3, refused %4, removed %5</source>
        <translation>envoi&#xa0;: %1, réception&#xa0;: %2, conflits&#xa0;: %3, refus&#xa0;: %4, retraits&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>Civitas::CentralSchema</name>
    <message>
        <source>Central migration %1/%2 failed: %3</source>
        <translation>La migration centrale %1/%2 a échoué&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Civitas::ConflictsPage</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <source>Value before</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Motif du serveur</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Keep my value</source>
        <translation>Garder ma valeur</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <source>Type another value…</source>
        <translation>Saisir une autre valeur…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Give up my change</source>
        <translation>Abandonner ma modification</translation>
    </message>
    <message>
        <source>Conflicts: changed here and on the server</source>
        <translation>Conflits&#xa0;: modifié ici et sur le serveur</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>nouvel enregistrement</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>Everything you changed was accepted by the server.</source>
        <translation>Le serveur a accepté toutes vos modifications.</translation>
    </message>
    <message>
        <source>Nothing is lost: your values are kept here until you decide.</source>
        <translation>Rien n&apos;est perdu&#xa0;: vos valeurs sont conservées ici jusqu&apos;à votre décision.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Type another value</source>
        <translation>Saisir une autre valeur</translation>
    </message>
    <message>
        <source>New value for %1:</source>
        <translation>Nouvelle valeur pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>Your change will be undone on this computer. Go on?</source>
        <translation>Votre modification sera annulée sur cet ordinateur. Continuer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Civitas::CoreDemoData</name>
    <message>
        <source>Organisation chart</source>
        <translation>Organigramme</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>User accounts: %1</source>
        <translation>Comptes utilisateurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Civitas::CredentialStore</name>
    <message>
        <source>The system keychain could not be read.</source>
        <translation>Le trousseau du système n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s.</source>
        <translation>Le trousseau du système n&apos;a pas répondu dans un délai de %1&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>Civitas::CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CSV file is not open for reading.</source>
        <translation>Le fichier CSV n&apos;est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text. It may have been saved in Windows-1252 (&quot;ANSI&quot;): try that encoding, or save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>le fichier n&apos;est pas un texte UTF-8 valide. Il a peut-être été enregistré en Windows-1252 («&#xa0;ANSI&#xa0;»)&#xa0;: essayez cet encodage, ou enregistrez-le de nouveau en «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field: &quot;%1&quot;.</source>
        <translation>texte inattendu après le guillemet fermant d&apos;un champ&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed (a missing &quot;).</source>
        <translation>un champ entre guillemets commence ici et n&apos;est jamais fermé (il manque un &quot;).</translation>
    </message>
</context>
<context>
    <name>Civitas::CsvWriter</name>
    <message>
        <source>The header of a CSV file must come before its rows.</source>
        <translation>L&apos;en-tête d&apos;un fichier CSV doit précéder ses lignes.</translation>
    </message>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>Le fichier CSV n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Impossible d&apos;écrire le fichier CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>Il n&apos;y a pas de tableau à exporter.</translation>
    </message>
    <message>
        <source>The table has no column %1.</source>
        <translation>Le tableau n&apos;a pas de colonne %1.</translation>
    </message>
</context>
<context>
    <name>Civitas::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation>Impossible de restreindre les droits d&apos;accès de %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Civitas database: %2</source>
        <translation>%1 n&apos;est pas une base Civitas&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Civitas::DemoGenerator</name>
    <message>
        <source>The database already holds data; demo data goes into a new file only.</source>
        <translation>La base contient déjà des données&#xa0;; les données de démonstration ne vont que dans un nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>Civitas::DocumentPrinter</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Could not create the PDF file %1: %2</source>
        <translation>Impossible de créer le fichier PDF %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1.</source>
        <translation>Impossible d&apos;écrire le fichier PDF %1.</translation>
    </message>
    <message>
        <source>The page margins leave no room for the document.</source>
        <translation>Les marges de la page ne laissent pas de place au document.</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier PDF %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Civitas::FrenchCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>Jour de l&apos;an (1 January)</extracomment>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <extracomment>Vendredi saint (Alsace-Moselle only)</extracomment>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <extracomment>Lundi de Pâques</extracomment>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <extracomment>Fête du Travail (1 May)</extracomment>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <extracomment>Victoire 1945 (8 May)</extracomment>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <extracomment>Ascension</extracomment>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <extracomment>Lundi de Pentecôte</extracomment>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <extracomment>Fête nationale (14 July)</extracomment>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <extracomment>Assomption (15 August)</extracomment>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <extracomment>Toussaint (1 November)</extracomment>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <extracomment>Armistice 1918 (11 November)</extracomment>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <extracomment>Noël (25 December)</extracomment>
        <translation>Noël</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <extracomment>Saint-Étienne (26 December, Alsace-Moselle only)</extracomment>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two public holidays on the same day, e.g. &quot;Labour Day and Ascension Day&quot; in 2008</extracomment>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>Civitas::GeneralSettingsPage</name>
    <message>
        <source>Whit Monday is worked (journée de solidarité)</source>
        <translation>Le lundi de Pentecôte est travaillé (journée de solidarité)</translation>
    </message>
    <message>
        <source>Alsace-Moselle calendar (Good Friday and 26 December)</source>
        <translation>Calendrier d&apos;Alsace-Moselle (Vendredi saint et 26 décembre)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Leave durations are counted without public holidays: changing these options changes the count of future requests.</source>
        <translation>Les durées de congé sont comptées hors jours fériés&#xa0;: modifier ces options change le décompte des demandes à venir.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Local file:</source>
        <translation>Fichier local&#xa0;:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Local, on this computer only</source>
        <translation>Local, sur cet ordinateur seulement</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Choose between local use and the town&apos;s server; applies at the next start.</source>
        <translation>Choisir entre l&apos;utilisation locale et le serveur de la commune&#xa0;; s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>S&apos;applique au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Civitas::GlobalSearchField</name>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Rechercher partout (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>No result for &quot;%1&quot;</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Civitas::HomePage</name>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>Rien ne demande votre attention aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Pour vous</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Accès rapide</translation>
    </message>
</context>
<context>
    <name>Civitas::ICalendarWriter</name>
    <message>
        <source>The event &quot;%1&quot; ends before it starts.</source>
        <translation>L&apos;événement «&#xa0;%1&#xa0;» se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; has no start.</source>
        <translation>L&apos;événement «&#xa0;%1&#xa0;» n&apos;a pas de début.</translation>
    </message>
    <message>
        <source>Could not write the calendar file: %1</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;agenda&#xa0;: %1</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>aucun fichier</translation>
    </message>
</context>
<context>
    <name>Civitas::KeychainCredentialStore</name>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation>L&apos;accès au trousseau du système a été refusé.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access: %1</source>
        <translation>Le trousseau du système est verrouillé ou a refusé l&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain (such as GNOME Keyring or KWallet) is available on this computer: %1</source>
        <translation>Aucun trousseau du système (comme GNOME Keyring ou KWallet) n&apos;est disponible sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être retiré du trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no D-Bus session, so the system keychain cannot be reached (open a desktop session): %1</source>
        <translation>Aucune session D-Bus n&apos;est ouverte, le trousseau du système est donc inaccessible (ouvrez une session de bureau)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain could not be reached through the D-Bus session: %1</source>
        <translation>Le trousseau du système n&apos;a pas pu être joint par la session D-Bus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Le trousseau du système a rencontré une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Civitas::LoginDialog</name>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Mémoriser le mot de passe sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Forget this computer…</source>
        <translation>&amp;Oublier cet ordinateur…</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Travailler &amp;hors ligne</translation>
    </message>
    <message>
        <source>Log in to Civitas</source>
        <translation>Connexion à Civitas</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file of Civitas.</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier de Civitas.</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>Oublier cet ordinateur</translation>
    </message>
    <message>
        <source>Forget this computer?</source>
        <translation>Oublier cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>The copy of the data kept on this computer and the remembered password will be deleted. The data on the server stays as it is.</source>
        <translation>La copie des données conservée sur cet ordinateur et le mot de passe mémorisé seront supprimés. Les données du serveur restent inchangées.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent to the server will be lost.</source>
        <translation>
            <numerusform>%n modification non encore envoyée au serveur sera perdue.</numerusform>
            <numerusform>%n modifications non encore envoyées au serveur seront perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
</context>
<context>
    <name>Civitas::LoginError</name>
    <message>
        <source>No reason was given.</source>
        <translation>Aucune raison n&apos;a été donnée.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. If you are sure of both, your account may have expired: ask the administrator.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect. Si vous êtes sûr des deux, votre compte a peut-être expiré&#xa0;: adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>This account is disabled: it may no longer log in. Ask the administrator.</source>
        <translation>Ce compte est désactivé&#xa0;: il ne peut plus se connecter. Adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>This account has expired. Ask the administrator to extend it.</source>
        <translation>Ce compte a expiré. Demandez à l&apos;administrateur de le prolonger.</translation>
    </message>
    <message>
        <source>The server cannot be reached. You can keep working offline; changes will be sent when it is back.</source>
        <translation>Le serveur est injoignable. Vous pouvez continuer à travailler hors ligne&#xa0;; les modifications seront envoyées dès son retour.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified (TLS): %1 Check the CA file in the server settings, or ask the administrator.</source>
        <translation>L&apos;identité du serveur n&apos;a pas pu être vérifiée (TLS)&#xa0;: %1 Vérifiez le fichier de l&apos;autorité de certification dans les paramètres du serveur, ou adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Civitas::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Organisation and accounts</source>
        <translation>Organisation et comptes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Civitas</source>
        <translation>À &amp;propos de Civitas</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Demo, seen as:</source>
        <translation>Démonstration, vue de&#xa0;:</translation>
    </message>
    <message>
        <source>Demo persona</source>
        <translation>Profil de démonstration</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>Civitas::Migration</name>
    <message>
        <source>Migration file %1/%2 is not named NNNN_name.sql.</source>
        <translation>Le fichier de migration %1/%2 n&apos;est pas nommé NNNN_nom.sql.</translation>
    </message>
    <message>
        <source>Cannot read migration %1/%2: %3</source>
        <translation>Impossible de lire la migration %1/%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Two migrations of %1 have version %2.</source>
        <translation>Deux migrations de %1 ont la version %2.</translation>
    </message>
</context>
<context>
    <name>Civitas::MigrationRunner</name>
    <message>
        <source>Migration %1/%2 failed at line %3: %4
Statement: %5</source>
        <translation>La migration %1/%2 a échoué à la ligne %3&#xa0;: %4
Instruction&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>Civitas::ModuleManager</name>
    <message>
        <source>Not a Civitas module: the file has no plugin metadata.</source>
        <translation>Ce n&apos;est pas un module Civitas&#xa0;: le fichier n&apos;a pas de métadonnées de greffon.</translation>
    </message>
    <message>
        <source>Incompatible interface &quot;%1&quot;; this version of Civitas needs &quot;%2&quot;.</source>
        <translation>Interface incompatible «&#xa0;%1&#xa0;»&#xa0;; cette version de Civitas attend «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Invalid metadata: %1</source>
        <translation>Métadonnées invalides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another module already has the id &quot;%1&quot; (%2).</source>
        <translation>Un autre module a déjà l&apos;identifiant «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>It needs the module &quot;%1&quot;, which was refused.</source>
        <translation>Il a besoin du module «&#xa0;%1&#xa0;», qui a été refusé.</translation>
    </message>
    <message>
        <source>It needs the module &quot;%1&quot;, which is not installed.</source>
        <translation>Il a besoin du module «&#xa0;%1&#xa0;», qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Dependency cycle: %1.</source>
        <translation>Dépendances circulaires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It depends on a dependency cycle: %1.</source>
        <translation>Il dépend de dépendances circulaires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A module it needs could not be loaded.</source>
        <translation>Un module dont il a besoin n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>The plugin does not implement the Civitas module interface.</source>
        <translation>Le greffon n&apos;implémente pas l&apos;interface de module Civitas.</translation>
    </message>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation>La bibliothèque n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A module it needs failed to start.</source>
        <translation>Un module dont il a besoin n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>It failed to start: %1</source>
        <translation>Il n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Civitas::ModuleMetadata</name>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de textes.</translation>
    </message>
    <message>
        <source>The metadata has no &quot;%1&quot; text.</source>
        <translation>Les métadonnées n&apos;ont pas de texte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not made of lower-case letters, digits and _.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» n&apos;est pas fait de minuscules, de chiffres et de _.</translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; is not of the form 1.2.3.</source>
        <translation>La version «&#xa0;%1&#xa0;» n&apos;est pas de la forme 1.2.3.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The module depends on itself.</source>
        <translation>Le module dépend de lui-même.</translation>
    </message>
</context>
<context>
    <name>Civitas::OrganisationPage</name>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Organisation chart</source>
        <translation>Organigramme</translation>
    </message>
    <message>
        <source>Search by name, login or e-mail</source>
        <translation>Rechercher par nom, identifiant ou courriel</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation>Comptes actifs</translation>
    </message>
    <message>
        <source>Disabled accounts</source>
        <translation>Comptes désactivés</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the list as shown to a spreadsheet (CSV)</source>
        <translation>Exporter la liste affichée vers un tableur (CSV)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Organisation and accounts</source>
        <translation>Organisation et comptes</translation>
    </message>
    <message>
        <source>Whole town</source>
        <translation>Toute la commune</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>Export the accounts</source>
        <translation>Exporter les comptes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation>La liste n&apos;a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Civitas::OrganisationSearchProvider</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>Civitas::Roles</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Chef de service</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Ressources humaines</translation>
    </message>
    <message>
        <source>Associations service</source>
        <translation>Service vie associative</translation>
    </message>
    <message>
        <source>Schools and IT service</source>
        <translation>Service écoles et informatique</translation>
    </message>
    <message>
        <source>Assemblies secretariat</source>
        <translation>Secrétariat des assemblées</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>Civitas::ServerConnection</name>
    <message>
        <source>&quot;%1&quot; is not a server address of the form postgresql://user@host:port/database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur de la forme postgresql://utilisateur@serveur:port/base.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;.</source>
        <translation>Mode TLS inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server address names no host.</source>
        <translation>L&apos;adresse du serveur n&apos;indique aucun hôte.</translation>
    </message>
</context>
<context>
    <name>Civitas::ServerSetupDialog</name>
    <message>
        <source>&amp;Local use on this computer only</source>
        <translation>&amp;Utilisation locale, sur cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>&amp;Connect to the town&apos;s server</source>
        <translation>Se &amp;connecter au serveur de la commune</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Where Civitas keeps its data</source>
        <translation>Où Civitas conserve ses données</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>for example sgbd.mairie.fr</source>
        <translation>par exemple sgbd.mairie.fr</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <source>Connection security (TLS)</source>
        <translation>Sécurité de la connexion (TLS)</translation>
    </message>
    <message>
        <source>No encryption (disable)</source>
        <translation>Sans chiffrement (disable)</translation>
    </message>
    <message>
        <source>Encryption only if the server insists (allow)</source>
        <translation>Chiffrement seulement si le serveur l&apos;exige (allow)</translation>
    </message>
    <message>
        <source>Encryption if possible, server not checked (prefer)</source>
        <translation>Chiffrement si possible, serveur non vérifié (prefer)</translation>
    </message>
    <message>
        <source>Encryption, server not checked (require)</source>
        <translation>Chiffrement, serveur non vérifié (require)</translation>
    </message>
    <message>
        <source>Encryption, certificate checked against the CA (verify-ca)</source>
        <translation>Chiffrement, certificat vérifié auprès de l&apos;autorité de certification (verify-ca)</translation>
    </message>
    <message>
        <source>Encryption, certificate and server name checked (verify-full)</source>
        <translation>Chiffrement, certificat et nom du serveur vérifiés (verify-full)</translation>
    </message>
    <message>
        <source>Recommended: nobody can pose as the server.</source>
        <translation>Recommandé&#xa0;: personne ne peut se faire passer pour le serveur.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate, .crt or .pem</source>
        <translation>le certificat de l&apos;autorité, .crt ou .pem</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>Rechercher le fichier du certificat de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Securi&amp;ty:</source>
        <translation>Sécuri&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>&amp;Autorité de certification&#xa0;:</translation>
    </message>
    <message>
        <source>Choose where your data lives. You can change this later in the settings.</source>
        <translation>Choisissez où sont conservées vos données. Vous pourrez modifier ce choix plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>The data stays in a file on this computer. Nobody else sees it.</source>
        <translation>Les données restent dans un fichier sur cet ordinateur. Personne d&apos;autre ne les voit.</translation>
    </message>
    <message>
        <source>Several people work on the same data. You keep working when the network is down; changes are sent when it is back.</source>
        <translation>Plusieurs personnes travaillent sur les mêmes données. Vous continuez à travailler quand le réseau est coupé&#xa0;; les modifications sont envoyées dès son retour.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Saisissez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name only, without &quot;postgresql://&quot;.</source>
        <translation>Saisissez seulement le nom du serveur, sans «&#xa0;postgresql://&#xa0;».</translation>
    </message>
    <message>
        <source>A server name holds only letters, digits, dots and hyphens.</source>
        <translation>Un nom de serveur ne contient que des lettres, des chiffres, des points et des tirets.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Saisissez le nom de la base de données.</translation>
    </message>
    <message>
        <source>This mode does not check the server&apos;s certificate: the CA file is not used.</source>
        <translation>Ce mode ne vérifie pas le certificat du serveur&#xa0;: le fichier de l&apos;autorité de certification n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>This mode checks the server&apos;s certificate: choose the file of the certificate authority (CA) that signed it.</source>
        <translation>Ce mode vérifie le certificat du serveur&#xa0;: choisissez le fichier de l&apos;autorité de certification (AC) qui l&apos;a signé.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>C&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This file holds no certificate (PEM format).</source>
        <translation>Ce fichier ne contient aucun certificat (format PEM).</translation>
    </message>
    <message>
        <source>Certificate of the authority (CA)</source>
        <translation>Certificat de l&apos;autorité de certification (AC)</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter a port from 1 to 65535 (the usual one is 5432).</source>
        <translation>Saisissez un port de 1 à 65535 (le port habituel est 5432).</translation>
    </message>
</context>
<context>
    <name>Civitas::Session</name>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
</context>
<context>
    <name>Civitas::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
</context>
<context>
    <name>Civitas::ShellStartup</name>
    <message>
        <source>Civitas, the back office of the town hall.</source>
        <translation>Civitas, le back-office de la mairie.</translation>
    </message>
    <message>
        <source>Open the local database file PATH.</source>
        <translation>Ouvrir le fichier de base locale CHEMIN.</translation>
    </message>
    <message>
        <source>Open a fresh demo town, with a persona switcher.</source>
        <translation>Ouvrir une commune de démonstration neuve, avec un sélecteur de profil.</translation>
    </message>
    <message>
        <source>Number of agents of the demo town (900 by default).</source>
        <translation>Nombre d&apos;agents de la commune de démonstration (900 par défaut).</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l&apos;interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>Log in as LOGIN.</source>
        <translation>Se connecter en tant que IDENTIFIANT.</translation>
    </message>
    <message>
        <source>--agents must be a whole number of at least 10.</source>
        <translation>--agents doit être un nombre entier d&apos;au moins 10.</translation>
    </message>
    <message>
        <source>--lang must be fr or en.</source>
        <translation>--lang doit valoir fr ou en.</translation>
    </message>
    <message>
        <source>--demo and --db cannot be used together.</source>
        <translation>--demo et --db ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Receiving your data from the town&apos;s server…</source>
        <translation>Réception de vos données depuis le serveur de la commune…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>First synchronisation</source>
        <translation>Première synchronisation</translation>
    </message>
    <message>
        <source>Receiving your data from the town&apos;s server: %1 of %2 records.</source>
        <translation>Réception de vos données depuis le serveur de la commune&#xa0;: %1 enregistrements sur %2.</translation>
    </message>
    <message>
        <source>The first synchronisation was cancelled; it will go on from where it stopped at the next start.</source>
        <translation>La première synchronisation a été annulée&#xa0;; elle reprendra là où elle s&apos;est arrêtée au prochain démarrage.</translation>
    </message>
    <message>
        <source>The town&apos;s server cannot be reached, and this computer has no copy of your data yet: %1</source>
        <translation>Le serveur de la commune est injoignable et cet ordinateur n&apos;a pas encore de copie de vos données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Civitas::StatusIndicator</name>
    <message>
        <source>Local mode: data kept on this computer</source>
        <translation>Mode local&#xa0;: données conservées sur cet ordinateur</translation>
    </message>
    <message>
        <source>No change waiting to be sent</source>
        <translation>Aucune modification en attente d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation&#xa0;: jamais</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connected to the town&apos;s server</source>
        <translation>Connecté au serveur de la commune</translation>
    </message>
    <message>
        <source>Connecting to the town&apos;s server…</source>
        <translation>Connexion au serveur de la commune…</translation>
    </message>
    <message>
        <source>Offline: your work is kept on this computer and will be sent later</source>
        <translation>Hors ligne&#xa0;: votre travail est conservé sur cet ordinateur et sera envoyé plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n modification refusée par le serveur</numerusform>
            <numerusform>%n modifications refusées par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Synchronisation page</source>
        <translation>Ouvrir la page Synchronisation</translation>
    </message>
</context>
<context>
    <name>Civitas::SyncConflicts</name>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Ce conflit est déjà résolu.</translation>
    </message>
</context>
<context>
    <name>Civitas::Synchroniser</name>
    <message>
        <source>The server has no such record, or does not let you see it.</source>
        <translation>Cet enregistrement n&apos;existe pas sur le serveur, ou le serveur ne vous permet pas de le voir.</translation>
    </message>
    <message>
        <source>The server does not let you change this record.</source>
        <translation>Le serveur ne vous permet pas de modifier cet enregistrement.</translation>
    </message>
    <message>
        <source>The sync was cancelled; it will go on from here next time.</source>
        <translation>La synchronisation a été annulée&#xa0;; elle reprendra à partir d&apos;ici la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Civitas::Validators</name>
    <message>
        <source>No NIR entered.</source>
        <translation>Aucun NIR saisi.</translation>
    </message>
    <message>
        <source>This NIR has no key: add its last 2 digits (15 characters in all).</source>
        <translation>Ce NIR n&apos;a pas de clé : ajoutez ses 2 derniers chiffres (15 caractères en tout).</translation>
    </message>
    <message numerus="yes">
        <source>A NIR has 15 characters; this one has %n.</source>
        <translation>
            <numerusform>Un NIR a 15 caractères ; celui-ci en a %n.</numerusform>
            <numerusform>Un NIR a 15 caractères ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The département in a NIR is 2 digits, or 2A or 2B for Corsica; this one is &quot;%1&quot;.</source>
        <translation>Le département d&apos;un NIR s&apos;écrit avec 2 chiffres, ou 2A ou 2B pour la Corse ; ici : « %1 ».</translation>
    </message>
    <message>
        <source>A NIR has only digits, apart from 2A or 2B for Corsica; character %1 is &quot;%2&quot;.</source>
        <translation>Un NIR ne contient que des chiffres, hormis 2A ou 2B pour la Corse ; le caractère %1 est « %2 ».</translation>
    </message>
    <message>
        <source>A NIR starts with 1 (man) or 2 (woman), or 7 or 8 for a temporary number; this one starts with %1.</source>
        <translation>Un NIR commence par 1 (homme) ou 2 (femme), ou par 7 ou 8 pour un numéro provisoire ; celui-ci commence par %1.</translation>
    </message>
    <message>
        <source>The month of birth in a NIR is 01 to 12 (or 20 to 42, or 50 and above, when the month is unknown); this one is %1.</source>
        <translation>Le mois de naissance d&apos;un NIR va de 01 à 12 (ou de 20 à 42, ou 50 et au-delà, quand le mois est inconnu) ; ici : %1.</translation>
    </message>
    <message>
        <source>The NIR key should be %1, not %2.</source>
        <translation>La clé du NIR devrait être %1, et non %2.</translation>
    </message>
    <message>
        <source>This is a temporary number (first digit %1): replace it with the definitive NIR when the agent receives it.</source>
        <translation>C&apos;est un numéro provisoire (premier chiffre %1) : remplacez-le par le NIR définitif dès que l&apos;agent le reçoit.</translation>
    </message>
    <message>
        <source>The NIR is a man&apos;s (first digit %1), but the sex entered is female.</source>
        <translation>Le NIR est celui d&apos;un homme (premier chiffre %1), mais le sexe saisi est féminin.</translation>
    </message>
    <message>
        <source>The NIR is a woman&apos;s (first digit %1), but the sex entered is male.</source>
        <translation>Le NIR est celui d&apos;une femme (premier chiffre %1), mais le sexe saisi est masculin.</translation>
    </message>
    <message>
        <source>The NIR gives %1 as the year of birth, but the date of birth is in %2.</source>
        <translation>Le NIR indique %1 comme année de naissance, mais la date de naissance est en %2.</translation>
    </message>
    <message>
        <source>The NIR gives %1 as the month of birth, but the date of birth is in month %2.</source>
        <translation>Le NIR indique %1 comme mois de naissance, mais la date de naissance est au mois %2.</translation>
    </message>
    <message>
        <source>No SIREN entered.</source>
        <translation>Aucun SIREN saisi.</translation>
    </message>
    <message>
        <source>A SIREN has only digits; &quot;%1&quot; is not one.</source>
        <translation>Un SIREN ne contient que des chiffres ; « %1 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>This looks like a SIRET (14 digits): the SIREN is its first 9 digits, %1.</source>
        <translation>Ceci ressemble à un SIRET (14 chiffres) : le SIREN en est les 9 premiers chiffres, %1.</translation>
    </message>
    <message numerus="yes">
        <source>A SIREN has 9 digits; this one has %n.</source>
        <translation>
            <numerusform>Un SIREN a 9 chiffres ; celui-ci en a %n.</numerusform>
            <numerusform>Un SIREN a 9 chiffres ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This SIREN fails its check (Luhn): a digit is mistyped or two are swapped.</source>
        <translation>Ce SIREN échoue à son contrôle (Luhn) : un chiffre est mal saisi ou deux sont inversés.</translation>
    </message>
    <message>
        <source>No SIRET entered.</source>
        <translation>Aucun SIRET saisi.</translation>
    </message>
    <message>
        <source>A SIRET has only digits; &quot;%1&quot; is not one.</source>
        <translation>Un SIRET ne contient que des chiffres ; « %1 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>This looks like a SIREN (9 digits): a SIRET adds the 5 digits of the establishment.</source>
        <translation>Ceci ressemble à un SIREN (9 chiffres) : un SIRET y ajoute les 5 chiffres de l&apos;établissement.</translation>
    </message>
    <message numerus="yes">
        <source>A SIRET has 14 digits; this one has %n.</source>
        <translation>
            <numerusform>Un SIRET a 14 chiffres ; celui-ci en a %n.</numerusform>
            <numerusform>Un SIRET a 14 chiffres ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This SIRET of La Poste fails its check: the sum of its digits should be a multiple of 5, and is %1.</source>
        <translation>Ce SIRET de La Poste échoue à son contrôle : la somme de ses chiffres devrait être un multiple de 5, elle vaut %1.</translation>
    </message>
    <message>
        <source>This SIRET fails its check (Luhn); its SIREN part is valid, so look at the last 5 digits.</source>
        <translation>Ce SIRET échoue à son contrôle (Luhn) ; sa partie SIREN est valide, vérifiez donc les 5 derniers chiffres.</translation>
    </message>
    <message>
        <source>This SIRET fails its check (Luhn), and so does its SIREN part (the first 9 digits): a digit is mistyped or two are swapped.</source>
        <translation>Ce SIRET échoue à son contrôle (Luhn), tout comme sa partie SIREN (les 9 premiers chiffres) : un chiffre est mal saisi ou deux sont inversés.</translation>
    </message>
    <message>
        <source>No RNA number entered.</source>
        <translation>Aucun numéro RNA saisi.</translation>
    </message>
    <message numerus="yes">
        <source>An RNA number is W followed by 9 digits; this one has %n after the W.</source>
        <translation>
            <numerusform>Un numéro RNA est un W suivi de 9 chiffres ; celui-ci en a %n après le W.</numerusform>
            <numerusform>Un numéro RNA est un W suivi de 9 chiffres ; celui-ci en a %n après le W.</numerusform>
        </translation>
    </message>
    <message>
        <source>An RNA number starts with W: if this is one, write W%1. Otherwise it is kept as written, as an older identifier.</source>
        <translation>Un numéro RNA commence par W : si c&apos;en est un, écrivez W%1. Sinon, il est conservé tel quel, comme ancien identifiant.</translation>
    </message>
    <message>
        <source>This is not an RNA number of the current form (W followed by 9 digits); it is kept as written, as an older identifier.</source>
        <translation>Ce n&apos;est pas un numéro RNA de la forme actuelle (W suivi de 9 chiffres) ; il est conservé tel quel, comme ancien identifiant.</translation>
    </message>
    <message>
        <source>No postcode entered.</source>
        <translation>Aucun code postal saisi.</translation>
    </message>
    <message>
        <source>A postcode has only digits: Corsican postcodes start with 20, not %1.</source>
        <translation>Un code postal ne contient que des chiffres : les codes postaux corses commencent par 20, et non %1.</translation>
    </message>
    <message>
        <source>A postcode has only digits; &quot;%1&quot; is not one.</source>
        <translation>Un code postal ne contient que des chiffres ; « %1 » n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>A postcode has 5 digits; this one has 4. If a leading 0 was lost, write 0%1.</source>
        <translation>Un code postal a 5 chiffres ; celui-ci en a 4. Si un 0 initial a été perdu, écrivez 0%1.</translation>
    </message>
    <message numerus="yes">
        <source>A postcode has 5 digits; this one has %n.</source>
        <translation>
            <numerusform>Un code postal a 5 chiffres ; celui-ci en a %n.</numerusform>
            <numerusform>Un code postal a 5 chiffres ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No French postcode starts with 00.</source>
        <translation>Aucun code postal français ne commence par 00.</translation>
    </message>
    <message>
        <source>No IBAN entered.</source>
        <translation>Aucun IBAN saisi.</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, such as FR; this one starts with &quot;%1&quot;.</source>
        <translation>Un IBAN commence par un code pays de deux lettres, comme FR ; celui-ci commence par « %1 ».</translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits; &quot;%1&quot; is not one.</source>
        <translation>Un IBAN ne contient que des lettres et des chiffres ; « %1 » n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message numerus="yes">
        <source>An IBAN from %1 has %2 characters; this one has %n.</source>
        <translation>
            <numerusform>Un IBAN du pays %1 a %2 caractères ; celui-ci en a %n.</numerusform>
            <numerusform>Un IBAN du pays %1 a %2 caractères ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An IBAN has 15 to 34 characters; this one has %n.</source>
        <translation>
            <numerusform>Un IBAN a de 15 à 34 caractères ; celui-ci en a %n.</numerusform>
            <numerusform>Un IBAN a de 15 à 34 caractères ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An IBAN has 2 check digits after the country code; this one has &quot;%1&quot;.</source>
        <translation>Un IBAN a 2 chiffres de contrôle après le code pays ; celui-ci a « %1 ».</translation>
    </message>
    <message>
        <source>The IBAN check digits go from 02 to 98; these are %1.</source>
        <translation>Les chiffres de contrôle d&apos;un IBAN vont de 02 à 98 ; ici : %1.</translation>
    </message>
    <message>
        <source>This IBAN fails its check (mod 97): a character is mistyped or two are swapped.</source>
        <translation>Cet IBAN échoue à son contrôle (modulo 97) : un caractère est mal saisi ou deux sont inversés.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Civitas</source>
        <translation>Civitas</translation>
    </message>
</context>
</TS>

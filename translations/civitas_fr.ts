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
        <translation>Le back-office de la mairie : dossiers des agents, congés, associations, équipement des écoles et délibérations, dans une seule application qui continue de fonctionner sans réseau.</translation>
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
        <translation>Refusé : %1</translation>
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
        <translation>Modules :</translation>
    </message>
    <message>
        <source>Built with Qt %1. Data stays on this computer or on your town's own server.</source>
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
        <translation>erreur :</translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation>l'option %1 attend une valeur.</translation>
    </message>
    <message>
        <source>Usage: civitas-admin COMMAND [options]</source>
        <translation>Utilisation : civitas-admin COMMANDE [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>affiche la version</translation>
    </message>
    <message>
        <source>list the modules, their state and why one was refused</source>
        <translation>liste les modules, leur état et la raison d'un refus</translation>
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
        <source>%1 already exists; use "migrate" to bring it up to date.</source>
        <translation>%1 existe déjà ; utilisez « migrate » pour le mettre à jour.</translation>
    </message>
    <message>
        <source>%1 does not exist; use "init" to create it.</source>
        <translation>%1 n'existe pas ; utilisez « init » pour le créer.</translation>
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
        <translation>--agents doit être un nombre entier de 10 à 1 000 000.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Demo town with %1 agents written to %2 in %3 s.</source>
        <translation>Commune de démonstration de %1 agents écrite dans %2 en %3 s.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>unknown command "%1".</source>
        <translation>commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>a command is required.</source>
        <translation>une commande est attendue.</translation>
    </message>
    <message>
        <source>ignored arguments:</source>
        <translation>arguments ignorés :</translation>
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
        <translation>Comptes utilisateurs : %1</translation>
    </message>
</context>
<context>
    <name>Civitas::CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The CSV file is not open for reading.</source>
        <translation>Le fichier CSV n'est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text. It may have been saved in Windows-1252 ("ANSI"): try that encoding, or save it again as "CSV UTF-8".</source>
        <translation>le fichier n'est pas un texte UTF-8 valide. Il a peut-être été enregistré en Windows-1252 (« ANSI ») : essayez cet encodage, ou enregistrez-le de nouveau en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field: "%1".</source>
        <translation>texte inattendu après le guillemet fermant d'un champ : « %1 ».</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed (a missing ").</source>
        <translation>un champ entre guillemets commence ici et n'est jamais fermé (il manque un ").</translation>
    </message>
</context>
<context>
    <name>Civitas::CsvWriter</name>
    <message>
        <source>The header of a CSV file must come before its rows.</source>
        <translation>L'en-tête d'un fichier CSV doit précéder ses lignes.</translation>
    </message>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>Le fichier CSV n'est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Impossible d'écrire le fichier CSV : %1</translation>
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
        <translation>Il n'y a pas de tableau à exporter.</translation>
    </message>
    <message>
        <source>The table has no column %1.</source>
        <translation>Le tableau n'a pas de colonne %1.</translation>
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
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation>Impossible de restreindre les droits d'accès de %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Civitas database: %2</source>
        <translation>%1 n'est pas une base Civitas : %2</translation>
    </message>
</context>
<context>
    <name>Civitas::DemoGenerator</name>
    <message>
        <source>The database already holds data; demo data goes into a new file only.</source>
        <translation>La base contient déjà des données ; les données de démonstration ne vont que dans un nouveau fichier.</translation>
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
        <translation>Impossible de créer le fichier PDF %1 : %2</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1.</source>
        <translation>Impossible d'écrire le fichier PDF %1.</translation>
    </message>
    <message>
        <source>The page margins leave no room for the document.</source>
        <translation>Les marges de la page ne laissent pas de place au document.</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation>Impossible d'écrire le fichier PDF %1 : %2</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression : %1</translation>
    </message>
</context>
<context>
    <name>Civitas::FrenchCalendar</name>
    <message>
        <source>New Year's Day</source>
        <extracomment>Jour de l'an (1 January)</extracomment>
        <translation>Jour de l'an</translation>
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
        <source>All Saints' Day</source>
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
        <source>St Stephen's Day</source>
        <extracomment>Saint-Étienne (26 December, Alsace-Moselle only)</extracomment>
        <translation>Saint-Étienne</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two public holidays on the same day, e.g. "Labour Day and Ascension Day" in 2008</extracomment>
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
        <translation>Calendrier d'Alsace-Moselle (Vendredi saint et 26 décembre)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s'applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Leave durations are counted without public holidays: changing these options changes the count of future requests.</source>
        <translation>Les durées de congé sont comptées hors jours fériés : modifier ces options change le décompte des demandes à venir.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Local file:</source>
        <translation>Fichier local :</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Local, on this computer only</source>
        <translation>Local, sur cet ordinateur seulement</translation>
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
        <source>No result for "%1"</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
</context>
<context>
    <name>Civitas::HomePage</name>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>Rien ne demande votre attention aujourd'hui.</translation>
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
        <source>The event "%1" ends before it starts.</source>
        <translation>L'événement « %1 » se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The event "%1" has no start.</source>
        <translation>L'événement « %1 » n'a pas de début.</translation>
    </message>
    <message>
        <source>Could not write the calendar file: %1</source>
        <translation>Impossible d'écrire le fichier d'agenda : %1</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>aucun fichier</translation>
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
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Demo, seen as:</source>
        <translation>Démonstration, vue de :</translation>
    </message>
    <message>
        <source>Demo persona</source>
        <translation>Profil de démonstration</translation>
    </message>
</context>
<context>
    <name>Civitas::Migration</name>
    <message>
        <source>Migration file %1/%2 is not named NNNN_name.sql.</source>
        <translation>Le fichier de migration %1/%2 n'est pas nommé NNNN_nom.sql.</translation>
    </message>
    <message>
        <source>Cannot read migration %1/%2: %3</source>
        <translation>Impossible de lire la migration %1/%2 : %3</translation>
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
        <translation>La migration %1/%2 a échoué à la ligne %3 : %4
Instruction : %5</translation>
    </message>
</context>
<context>
    <name>Civitas::ModuleManager</name>
    <message>
        <source>Not a Civitas module: the file has no plugin metadata.</source>
        <translation>Ce n'est pas un module Civitas : le fichier n'a pas de métadonnées de greffon.</translation>
    </message>
    <message>
        <source>Incompatible interface "%1"; this version of Civitas needs "%2".</source>
        <translation>Interface incompatible « %1 » ; cette version de Civitas attend « %2 ».</translation>
    </message>
    <message>
        <source>Invalid metadata: %1</source>
        <translation>Métadonnées invalides : %1</translation>
    </message>
    <message>
        <source>Another module already has the id "%1" (%2).</source>
        <translation>Un autre module a déjà l'identifiant « %1 » (%2).</translation>
    </message>
    <message>
        <source>It needs the module "%1", which was refused.</source>
        <translation>Il a besoin du module « %1 », qui a été refusé.</translation>
    </message>
    <message>
        <source>It needs the module "%1", which is not installed.</source>
        <translation>Il a besoin du module « %1 », qui n'est pas installé.</translation>
    </message>
    <message>
        <source>Dependency cycle: %1.</source>
        <translation>Dépendances circulaires : %1.</translation>
    </message>
    <message>
        <source>It depends on a dependency cycle: %1.</source>
        <translation>Il dépend de dépendances circulaires : %1.</translation>
    </message>
    <message>
        <source>A module it needs could not be loaded.</source>
        <translation>Un module dont il a besoin n'a pas pu être chargé.</translation>
    </message>
    <message>
        <source>The plugin does not implement the Civitas module interface.</source>
        <translation>Le greffon n'implémente pas l'interface de module Civitas.</translation>
    </message>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation>La bibliothèque n'a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>A module it needs failed to start.</source>
        <translation>Un module dont il a besoin n'a pas pu démarrer.</translation>
    </message>
    <message>
        <source>It failed to start: %1</source>
        <translation>Il n'a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>Civitas::ModuleMetadata</name>
    <message>
        <source>"%1" must be a list of strings.</source>
        <translation>« %1 » doit être une liste de textes.</translation>
    </message>
    <message>
        <source>The metadata has no "%1" text.</source>
        <translation>Les métadonnées n'ont pas de texte « %1 ».</translation>
    </message>
    <message>
        <source>The id "%1" is not made of lower-case letters, digits and _.</source>
        <translation>L'identifiant « %1 » n'est pas fait de minuscules, de chiffres et de _.</translation>
    </message>
    <message>
        <source>The version "%1" is not of the form 1.2.3.</source>
        <translation>La version « %1 » n'est pas de la forme 1.2.3.</translation>
    </message>
    <message>
        <source>Unknown role "%1".</source>
        <translation>Rôle inconnu « %1 ».</translation>
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
            <numerusform>%n compte</numerusform><numerusform>%n comptes</numerusform></translation>
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
        <translation>La liste n'a pas pu être écrite dans %1 : %2</translation>
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
    <name>Civitas::Session</name>
    <message>
        <source>There is no account named "%1".</source>
        <translation>Il n'existe pas de compte « %1 ».</translation>
    </message>
    <message>
        <source>The account "%1" is disabled.</source>
        <translation>Le compte « %1 » est désactivé.</translation>
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
        <translation>Nombre d'agents de la commune de démonstration (900 par défaut).</translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l'interface : fr ou en.</translation>
    </message>
    <message>
        <source>Log in as LOGIN.</source>
        <translation>Se connecter en tant que IDENTIFIANT.</translation>
    </message>
    <message>
        <source>--agents must be a whole number of at least 10.</source>
        <translation>--agents doit être un nombre entier d'au moins 10.</translation>
    </message>
    <message>
        <source>--lang must be fr or en.</source>
        <translation>--lang doit valoir fr ou en.</translation>
    </message>
    <message>
        <source>--demo and --db cannot be used together.</source>
        <translation>--demo et --db ne peuvent pas être utilisés ensemble.</translation>
    </message>
</context>
<context>
    <name>Civitas::StatusIndicator</name>
    <message>
        <source>Local mode: data kept on this computer</source>
        <translation>Mode local : données conservées sur cet ordinateur</translation>
    </message>
    <message>
        <source>No change waiting to be sent</source>
        <translation>Aucune modification en attente d'envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d'envoi</numerusform><numerusform>%n modifications en attente d'envoi</numerusform></translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation : jamais</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
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
        <translation>Ce NIR n'a pas de clé : ajoutez ses 2 derniers chiffres (15 caractères en tout).</translation>
    </message>
    <message numerus="yes">
        <source>A NIR has 15 characters; this one has %n.</source>
        <translation>
            <numerusform>Un NIR a 15 caractères ; celui-ci en a %n.</numerusform><numerusform>Un NIR a 15 caractères ; celui-ci en a %n.</numerusform></translation>
    </message>
    <message>
        <source>The département in a NIR is 2 digits, or 2A or 2B for Corsica; this one is "%1".</source>
        <translation>Le département d'un NIR s'écrit avec 2 chiffres, ou 2A ou 2B pour la Corse ; ici : « %1 ».</translation>
    </message>
    <message>
        <source>A NIR has only digits, apart from 2A or 2B for Corsica; character %1 is "%2".</source>
        <translation>Un NIR ne contient que des chiffres, hormis 2A ou 2B pour la Corse ; le caractère %1 est « %2 ».</translation>
    </message>
    <message>
        <source>A NIR starts with 1 (man) or 2 (woman), or 7 or 8 for a temporary number; this one starts with %1.</source>
        <translation>Un NIR commence par 1 (homme) ou 2 (femme), ou par 7 ou 8 pour un numéro provisoire ; celui-ci commence par %1.</translation>
    </message>
    <message>
        <source>The month of birth in a NIR is 01 to 12 (or 20 to 42, or 50 and above, when the month is unknown); this one is %1.</source>
        <translation>Le mois de naissance d'un NIR va de 01 à 12 (ou de 20 à 42, ou 50 et au-delà, quand le mois est inconnu) ; ici : %1.</translation>
    </message>
    <message>
        <source>The NIR key should be %1, not %2.</source>
        <translation>La clé du NIR devrait être %1, et non %2.</translation>
    </message>
    <message>
        <source>This is a temporary number (first digit %1): replace it with the definitive NIR when the agent receives it.</source>
        <translation>C'est un numéro provisoire (premier chiffre %1) : remplacez-le par le NIR définitif dès que l'agent le reçoit.</translation>
    </message>
    <message>
        <source>The NIR is a man's (first digit %1), but the sex entered is female.</source>
        <translation>Le NIR est celui d'un homme (premier chiffre %1), mais le sexe saisi est féminin.</translation>
    </message>
    <message>
        <source>The NIR is a woman's (first digit %1), but the sex entered is male.</source>
        <translation>Le NIR est celui d'une femme (premier chiffre %1), mais le sexe saisi est masculin.</translation>
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
        <source>A SIREN has only digits; "%1" is not one.</source>
        <translation>Un SIREN ne contient que des chiffres ; « %1 » n'en est pas un.</translation>
    </message>
    <message>
        <source>This looks like a SIRET (14 digits): the SIREN is its first 9 digits, %1.</source>
        <translation>Ceci ressemble à un SIRET (14 chiffres) : le SIREN en est les 9 premiers chiffres, %1.</translation>
    </message>
    <message numerus="yes">
        <source>A SIREN has 9 digits; this one has %n.</source>
        <translation>
            <numerusform>Un SIREN a 9 chiffres ; celui-ci en a %n.</numerusform><numerusform>Un SIREN a 9 chiffres ; celui-ci en a %n.</numerusform></translation>
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
        <source>A SIRET has only digits; "%1" is not one.</source>
        <translation>Un SIRET ne contient que des chiffres ; « %1 » n'en est pas un.</translation>
    </message>
    <message>
        <source>This looks like a SIREN (9 digits): a SIRET adds the 5 digits of the establishment.</source>
        <translation>Ceci ressemble à un SIREN (9 chiffres) : un SIRET y ajoute les 5 chiffres de l'établissement.</translation>
    </message>
    <message numerus="yes">
        <source>A SIRET has 14 digits; this one has %n.</source>
        <translation>
            <numerusform>Un SIRET a 14 chiffres ; celui-ci en a %n.</numerusform><numerusform>Un SIRET a 14 chiffres ; celui-ci en a %n.</numerusform></translation>
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
            <numerusform>Un numéro RNA est un W suivi de 9 chiffres ; celui-ci en a %n après le W.</numerusform><numerusform>Un numéro RNA est un W suivi de 9 chiffres ; celui-ci en a %n après le W.</numerusform></translation>
    </message>
    <message>
        <source>An RNA number starts with W: if this is one, write W%1. Otherwise it is kept as written, as an older identifier.</source>
        <translation>Un numéro RNA commence par W : si c'en est un, écrivez W%1. Sinon, il est conservé tel quel, comme ancien identifiant.</translation>
    </message>
    <message>
        <source>This is not an RNA number of the current form (W followed by 9 digits); it is kept as written, as an older identifier.</source>
        <translation>Ce n'est pas un numéro RNA de la forme actuelle (W suivi de 9 chiffres) ; il est conservé tel quel, comme ancien identifiant.</translation>
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
        <source>A postcode has only digits; "%1" is not one.</source>
        <translation>Un code postal ne contient que des chiffres ; « %1 » n'en est pas un.</translation>
    </message>
    <message>
        <source>A postcode has 5 digits; this one has 4. If a leading 0 was lost, write 0%1.</source>
        <translation>Un code postal a 5 chiffres ; celui-ci en a 4. Si un 0 initial a été perdu, écrivez 0%1.</translation>
    </message>
    <message numerus="yes">
        <source>A postcode has 5 digits; this one has %n.</source>
        <translation>
            <numerusform>Un code postal a 5 chiffres ; celui-ci en a %n.</numerusform><numerusform>Un code postal a 5 chiffres ; celui-ci en a %n.</numerusform></translation>
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
        <source>An IBAN starts with a two-letter country code, such as FR; this one starts with "%1".</source>
        <translation>Un IBAN commence par un code pays de deux lettres, comme FR ; celui-ci commence par « %1 ».</translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits; "%1" is not one.</source>
        <translation>Un IBAN ne contient que des lettres et des chiffres ; « %1 » n'est ni l'un ni l'autre.</translation>
    </message>
    <message numerus="yes">
        <source>An IBAN from %1 has %2 characters; this one has %n.</source>
        <translation>
            <numerusform>Un IBAN du pays %1 a %2 caractères ; celui-ci en a %n.</numerusform><numerusform>Un IBAN du pays %1 a %2 caractères ; celui-ci en a %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>An IBAN has 15 to 34 characters; this one has %n.</source>
        <translation>
            <numerusform>Un IBAN a de 15 à 34 caractères ; celui-ci en a %n.</numerusform><numerusform>Un IBAN a de 15 à 34 caractères ; celui-ci en a %n.</numerusform></translation>
    </message>
    <message>
        <source>An IBAN has 2 check digits after the country code; this one has "%1".</source>
        <translation>Un IBAN a 2 chiffres de contrôle après le code pays ; celui-ci a « %1 ».</translation>
    </message>
    <message>
        <source>The IBAN check digits go from 02 to 98; these are %1.</source>
        <translation>Les chiffres de contrôle d'un IBAN vont de 02 à 98 ; ici : %1.</translation>
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
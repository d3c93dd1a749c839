<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Civitas::Cli</name>
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
        <source>create or upgrade the central PostgreSQL schema</source>
        <translation>crée ou met à jour le schéma central PostgreSQL</translation>
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
    <message numerus="yes">
        <source>Applied %n migration(s): %1</source>
        <translation>
            <numerusform>%n migration appliquée&#xa0;: %1</numerusform>
            <numerusform>%n migrations appliquées&#xa0;: %1</numerusform>
        </translation>
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
        <source>unknown user action &quot;%1&quot;.</source>
        <translation>action de user inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (known: %2).</source>
        <translation>rôle inconnu «&#xa0;%1&#xa0;» (rôles connus&#xa0;: %2).</translation>
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
        <source>The login %1 can connect, with the roles: %2.</source>
        <translation>L&apos;identifiant %1 peut se connecter, avec les rôles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>received %1 of %2 rows</source>
        <translation>%1 lignes reçues sur %2</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3, refused %4, removed %5</source>
        <translation>envoi&#xa0;: %1, réception&#xa0;: %2, conflits&#xa0;: %3, refus&#xa0;: %4, retraits&#xa0;: %5</translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>la connexion au serveur a été perdue&#xa0;: %1</translation>
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
        <source>%1 (only the database owner may do this: run the command with the owner&apos;s credentials)</source>
        <translation>%1 (seul le propriétaire de la base peut le faire&#xa0;: lancez la commande avec ses identifiants)</translation>
    </message>
    <message>
        <source>show the session holding every desk&apos;s pulls back, if any</source>
        <translation>montrer la session qui retient la réception de tous les postes, s&apos;il y en a une</translation>
    </message>
    <message>
        <source>end a session (see server status)</source>
        <translation>mettre fin à une session (voir server status)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: the pgaudit extension is not active on this server: HR&apos;s reads of agent files leave no trace on the server (install postgresql-15-pgaudit, load it in shared_preload_libraries, provision again as a superuser; see docs/administration.md).</source>
        <translation>attention&#xa0;: l&apos;extension pgaudit n&apos;est pas active sur ce serveur&#xa0;: les lectures des dossiers d&apos;agents par les RH n&apos;y laissent aucune trace (installez postgresql-15-pgaudit, chargez-la dans shared_preload_libraries, relancez provision en superutilisateur&#xa0;; voir docs/administration.md).</translation>
    </message>
    <message>
        <source>The login %1 is disabled; its open sessions are ended.</source>
        <translation>Le compte %1 est désactivé&#xa0;; ses sessions ouvertes sont terminées.</translation>
    </message>
    <message>
        <source>The server&apos;s oldest running transaction has held every desk&apos;s pulls back for %1: changes made since then arrive when it ends (see civitas-admin server status).</source>
        <translation>La plus ancienne transaction en cours sur le serveur retient la réception de tous les postes depuis %1&#xa0;: les modifications faites depuis arriveront quand elle se terminera (voir civitas-admin server status).</translation>
    </message>
    <message>
        <source>server needs status or end-session.</source>
        <translation>server attend status ou end-session.</translation>
    </message>
    <message>
        <source>unknown server action &quot;%1&quot;.</source>
        <translation>action server inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>server end-session needs the PID of a session (see server status).</source>
        <translation>server end-session attend le PID d&apos;une session (voir server status).</translation>
    </message>
    <message>
        <source>session %1 could not be ended.</source>
        <translation>la session %1 n&apos;a pas pu être terminée.</translation>
    </message>
    <message>
        <source>Session %1 ended.</source>
        <translation>Session %1 terminée.</translation>
    </message>
    <message>
        <source>Pull watermark: held back for %1 by session %2.</source>
        <translation>Réception&#xa0;: retenue depuis %1 par la session %2.</translation>
    </message>
    <message>
        <source>Sessions with a running transaction, oldest first:</source>
        <translation>Sessions avec une transaction en cours, de la plus ancienne à la plus récente&#xa0;:</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>pid %1</translation>
    </message>
    <message>
        <source>application &quot;%1&quot;</source>
        <translation>application «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>base %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Pull watermark: not held back (no transaction is running).</source>
        <translation>Réception&#xa0;: rien ne la retient (aucune transaction en cours).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>put the town of a local file (a demo, local use) on an empty server</source>
        <translation>mettre la commune d&apos;un fichier local (une démo, l&apos;usage local) sur un serveur vide</translation>
    </message>
    <message>
        <source>create a login (password read from standard input or FILE; an account loaded with its town keeps its agent and roles unless given)</source>
        <translation>créer un compte de connexion (mot de passe lu sur l&apos;entrée standard ou dans FILE&#xa0;; un compte chargé avec sa commune garde son agent et ses rôles sauf s&apos;ils sont donnés)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>user add needs --agent ID: the server has no account %1 with an agent yet.</source>
        <translation>user add attend --agent ID&#xa0;: le serveur n&apos;a pas encore de compte %1 lié à un agent.</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 enregistrements sur %2</translation>
    </message>
    <message>
        <source>Loading %1 into %2, in one transaction…</source>
        <translation>Chargement de %1 dans %2, en une seule transaction…</translation>
    </message>
    <message>
        <source>Loaded %1 records of %2 tables into the town %3 in %4 s.</source>
        <translation>%1 enregistrements de %2 tables chargés dans la commune %3 en %4 s.</translation>
    </message>
    <message>
        <source>%1 is marked as loaded and will not sync: every login gets a desk file of its own. Next: civitas-admin user add LOGIN --server URI.</source>
        <translation>%1 est marqué comme chargé et ne se synchronisera pas&#xa0;: chaque compte reçoit son propre fichier de poste. Ensuite&#xa0;: civitas-admin user add LOGIN --server URI.</translation>
    </message>
    <message>
        <source>list the conflicts and refused changes waiting on a desk</source>
        <translation>liste les conflits et les modifications refusées en attente sur un poste</translation>
    </message>
    <message>
        <source>settle conflicts as the Synchronisation page does</source>
        <translation>règle les conflits comme la page Synchronisation</translation>
    </message>
    <message>
        <source>This file is a copy of a desk file that went on syncing (a backup restored, or a file used on a second desk): it now syncs under a new desk identity, and its changes were sent as new ones.</source>
        <translation>Ce fichier est la copie d&apos;un fichier de poste qui a continué à se synchroniser (une sauvegarde restaurée, ou un fichier utilisé sur un second poste)&#xa0;: il se synchronise désormais sous une nouvelle identité de poste, et ses modifications ont été envoyées comme nouvelles.</translation>
    </message>
    <message>
        <source>conflicts needs list or resolve.</source>
        <translation>conflicts attend list ou resolve.</translation>
    </message>
    <message>
        <source>unknown conflicts action &quot;%1&quot;.</source>
        <translation>action conflicts inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep mine or --keep theirs.</source>
        <translation>conflicts resolve attend --keep mine ou --keep theirs.</translation>
    </message>
    <message>
        <source>conflicts resolve needs one conflict ID, or --all.</source>
        <translation>conflicts resolve attend l&apos;ID d&apos;un conflit, ou --all.</translation>
    </message>
    <message>
        <source>conflicts list takes --db PATH only.</source>
        <translation>conflicts list ne prend que --db CHEMIN.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open</source>
        <translation>
            <numerusform>%n conflit ouvert</numerusform>
            <numerusform>%n conflits ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n modification refusée</numerusform>
            <numerusform>%n modifications refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no open conflict %1 in %2 (see conflicts list).</source>
        <translation>il n&apos;y a pas de conflit ouvert %1 dans %2 (voir conflicts list).</translation>
    </message>
    <message>
        <source>conflict %1: %2</source>
        <translation>conflit %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conflict(s); the next sync sends or fetches the values.</source>
        <translation>
            <numerusform>%n conflit résolu&#xa0;; la prochaine synchronisation envoie ou reçoit les valeurs.</numerusform>
            <numerusform>%n conflits résolus&#xa0;; la prochaine synchronisation envoie ou reçoit les valeurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) sent to the server</source>
        <translation>
            <numerusform>%n fichier envoyé au serveur</numerusform>
            <numerusform>%n fichiers envoyés au serveur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Civitas::Core</name>
    <message>
        <source>The system keychain could not be read.</source>
        <translation>Le trousseau du système n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s.</source>
        <translation>Le trousseau du système n&apos;a pas répondu dans un délai de %1&#xa0;s.</translation>
    </message>
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
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas de compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
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
    <message>
        <source>The database already holds data; demo data goes into a new file only.</source>
        <translation>La base contient déjà des données&#xa0;; les données de démonstration ne vont que dans un nouveau fichier.</translation>
    </message>
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
    <message>
        <source>No NIR entered.</source>
        <translation>Aucun NIR saisi.</translation>
    </message>
    <message>
        <source>This NIR has no key: add its last 2 digits (15 characters in all).</source>
        <translation>Ce NIR n&apos;a pas de clé&#xa0;: ajoutez ses 2 derniers chiffres (15 caractères en tout).</translation>
    </message>
    <message numerus="yes">
        <source>A NIR has 15 characters; this one has %n.</source>
        <translation>
            <numerusform>Un NIR a 15 caractères&#xa0;; celui-ci en a %n.</numerusform>
            <numerusform>Un NIR a 15 caractères&#xa0;; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The département in a NIR is 2 digits, or 2A or 2B for Corsica; this one is &quot;%1&quot;.</source>
        <translation>Le département d&apos;un NIR s&apos;écrit avec 2 chiffres, ou 2A ou 2B pour la Corse&#xa0;; ici&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A NIR has only digits, apart from 2A or 2B for Corsica; character %1 is &quot;%2&quot;.</source>
        <translation>Un NIR ne contient que des chiffres, hormis 2A ou 2B pour la Corse&#xa0;; le caractère %1 est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A NIR starts with 1 (man) or 2 (woman), or 7 or 8 for a temporary number; this one starts with %1.</source>
        <translation>Un NIR commence par 1 (homme) ou 2 (femme), ou par 7 ou 8 pour un numéro provisoire&#xa0;; celui-ci commence par %1.</translation>
    </message>
    <message>
        <source>The month of birth in a NIR is 01 to 12 (or 20 to 42, or 50 and above, when the month is unknown); this one is %1.</source>
        <translation>Le mois de naissance d&apos;un NIR va de 01 à 12 (ou de 20 à 42, ou 50 et au-delà, quand le mois est inconnu)&#xa0;; ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The NIR key should be %1, not %2.</source>
        <translation>La clé du NIR devrait être %1, et non %2.</translation>
    </message>
    <message>
        <source>This is a temporary number (first digit %1): replace it with the definitive NIR when the agent receives it.</source>
        <translation>C&apos;est un numéro provisoire (premier chiffre %1)&#xa0;: remplacez-le par le NIR définitif dès que l&apos;agent le reçoit.</translation>
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
        <translation>Un SIREN ne contient que des chiffres&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>This looks like a SIRET (14 digits): the SIREN is its first 9 digits, %1.</source>
        <translation>Ceci ressemble à un SIRET (14 chiffres)&#xa0;: le SIREN en est les 9 premiers chiffres, %1.</translation>
    </message>
    <message numerus="yes">
        <source>A SIREN has 9 digits; this one has %n.</source>
        <translation>
            <numerusform>Un SIREN a 9 chiffres&#xa0;; celui-ci en a %n.</numerusform>
            <numerusform>Un SIREN a 9 chiffres&#xa0;; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This SIREN fails its check (Luhn): a digit is mistyped or two are swapped.</source>
        <translation>Ce SIREN échoue à son contrôle (Luhn)&#xa0;: un chiffre est mal saisi ou deux sont inversés.</translation>
    </message>
    <message>
        <source>No SIRET entered.</source>
        <translation>Aucun SIRET saisi.</translation>
    </message>
    <message>
        <source>A SIRET has only digits; &quot;%1&quot; is not one.</source>
        <translation>Un SIRET ne contient que des chiffres&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>This looks like a SIREN (9 digits): a SIRET adds the 5 digits of the establishment.</source>
        <translation>Ceci ressemble à un SIREN (9 chiffres)&#xa0;: un SIRET y ajoute les 5 chiffres de l&apos;établissement.</translation>
    </message>
    <message numerus="yes">
        <source>A SIRET has 14 digits; this one has %n.</source>
        <translation>
            <numerusform>Un SIRET a 14 chiffres&#xa0;; celui-ci en a %n.</numerusform>
            <numerusform>Un SIRET a 14 chiffres&#xa0;; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This SIRET of La Poste fails its check: the sum of its digits should be a multiple of 5, and is %1.</source>
        <translation>Ce SIRET de La Poste échoue à son contrôle&#xa0;: la somme de ses chiffres devrait être un multiple de 5, elle vaut %1.</translation>
    </message>
    <message>
        <source>This SIRET fails its check (Luhn); its SIREN part is valid, so look at the last 5 digits.</source>
        <translation>Ce SIRET échoue à son contrôle (Luhn)&#xa0;; sa partie SIREN est valide, vérifiez donc les 5 derniers chiffres.</translation>
    </message>
    <message>
        <source>This SIRET fails its check (Luhn), and so does its SIREN part (the first 9 digits): a digit is mistyped or two are swapped.</source>
        <translation>Ce SIRET échoue à son contrôle (Luhn), tout comme sa partie SIREN (les 9 premiers chiffres)&#xa0;: un chiffre est mal saisi ou deux sont inversés.</translation>
    </message>
    <message>
        <source>No RNA number entered.</source>
        <translation>Aucun numéro RNA saisi.</translation>
    </message>
    <message numerus="yes">
        <source>An RNA number is W followed by 9 digits; this one has %n after the W.</source>
        <translation>
            <numerusform>Un numéro RNA est un W suivi de 9 chiffres&#xa0;; celui-ci en a %n après le W.</numerusform>
            <numerusform>Un numéro RNA est un W suivi de 9 chiffres&#xa0;; celui-ci en a %n après le W.</numerusform>
        </translation>
    </message>
    <message>
        <source>An RNA number starts with W: if this is one, write W%1. Otherwise it is kept as written, as an older identifier.</source>
        <translation>Un numéro RNA commence par W&#xa0;: si c&apos;en est un, écrivez W%1. Sinon, il est conservé tel quel, comme ancien identifiant.</translation>
    </message>
    <message>
        <source>This is not an RNA number of the current form (W followed by 9 digits); it is kept as written, as an older identifier.</source>
        <translation>Ce n&apos;est pas un numéro RNA de la forme actuelle (W suivi de 9 chiffres)&#xa0;; il est conservé tel quel, comme ancien identifiant.</translation>
    </message>
    <message>
        <source>No postcode entered.</source>
        <translation>Aucun code postal saisi.</translation>
    </message>
    <message>
        <source>A postcode has only digits: Corsican postcodes start with 20, not %1.</source>
        <translation>Un code postal ne contient que des chiffres&#xa0;: les codes postaux corses commencent par 20, et non %1.</translation>
    </message>
    <message>
        <source>A postcode has only digits; &quot;%1&quot; is not one.</source>
        <translation>Un code postal ne contient que des chiffres&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>A postcode has 5 digits; this one has 4. If a leading 0 was lost, write 0%1.</source>
        <translation>Un code postal a 5 chiffres&#xa0;; celui-ci en a 4. Si un 0 initial a été perdu, écrivez 0%1.</translation>
    </message>
    <message numerus="yes">
        <source>A postcode has 5 digits; this one has %n.</source>
        <translation>
            <numerusform>Un code postal a 5 chiffres&#xa0;; celui-ci en a %n.</numerusform>
            <numerusform>Un code postal a 5 chiffres&#xa0;; celui-ci en a %n.</numerusform>
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
        <translation>Un IBAN commence par un code pays de deux lettres, comme FR&#xa0;; celui-ci commence par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits; &quot;%1&quot; is not one.</source>
        <translation>Un IBAN ne contient que des lettres et des chiffres&#xa0;; «&#xa0;%1&#xa0;» n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message numerus="yes">
        <source>An IBAN from %1 has %2 characters; this one has %n.</source>
        <translation>
            <numerusform>Un IBAN du pays %1 a %2 caractères&#xa0;; celui-ci en a %n.</numerusform>
            <numerusform>Un IBAN du pays %1 a %2 caractères&#xa0;; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An IBAN has 15 to 34 characters; this one has %n.</source>
        <translation>
            <numerusform>Un IBAN a de 15 à 34 caractères&#xa0;; celui-ci en a %n.</numerusform>
            <numerusform>Un IBAN a de 15 à 34 caractères&#xa0;; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An IBAN has 2 check digits after the country code; this one has &quot;%1&quot;.</source>
        <translation>Un IBAN a 2 chiffres de contrôle après le code pays&#xa0;; celui-ci a «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The IBAN check digits go from 02 to 98; these are %1.</source>
        <translation>Les chiffres de contrôle d&apos;un IBAN vont de 02 à 98&#xa0;; ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This IBAN fails its check (mod 97): a character is mistyped or two are swapped.</source>
        <translation>Cet IBAN échoue à son contrôle (modulo 97)&#xa0;: un caractère est mal saisi ou deux sont inversés.</translation>
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
        <source>Unit</source>
        <translation>Unité</translation>
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
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Civitas database: %2</source>
        <translation>%1 n&apos;est pas une base Civitas&#xa0;: %2</translation>
    </message>
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
    <message>
        <source>Migration %1/%2 failed at line %3: %4
Statement: %5</source>
        <translation>La migration %1/%2 a échoué à la ligne %3&#xa0;: %4
Instruction&#xa0;: %5</translation>
    </message>
    <message>
        <source>Central migration %1/%2 failed: %3</source>
        <translation>La migration centrale %1/%2 a échoué&#xa0;: %3</translation>
    </message>
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
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Ce conflit est déjà résolu.</translation>
    </message>
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
    <message>
        <source>%1: at most %2 characters (%3 given).</source>
        <translation>%1&#xa0;: %2 caractères au plus (%3 saisis).</translation>
    </message>
    <message>
        <source>The CA file&apos;s path may not contain &quot;;&quot;.</source>
        <translation>Le chemin du fichier de l&apos;autorité de certification ne peut pas contenir «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>TLS mode verify-ca checks the certificate but not the server&apos;s name: any server holding a certificate of this authority can pose as %1.</source>
        <translation>Le mode TLS verify-ca vérifie le certificat mais pas le nom du serveur&#xa0;: tout serveur muni d&apos;un certificat de cette autorité peut se faire passer pour %1.</translation>
    </message>
    <message>
        <source>TLS mode %1 does not check who the server is: anyone on the network path can pose as %2 and read the passwords and data sent to it.</source>
        <translation>Le mode TLS %1 ne vérifie pas qui est le serveur&#xa0;: n&apos;importe qui sur le chemin réseau peut se faire passer pour %2 et lire les mots de passe et les données qui lui sont envoyés.</translation>
    </message>
    <message>
        <source>The server does not say which town it holds (%1): provision it with this version of civitas-admin.</source>
        <translation>Le serveur ne dit pas quelle commune il contient (%1)&#xa0;: préparez-le avec cette version de civitas-admin.</translation>
    </message>
    <message>
        <source>The server holds no town: provision it with civitas-admin.</source>
        <translation>Le serveur ne contient aucune commune&#xa0;: préparez-le avec civitas-admin.</translation>
    </message>
    <message>
        <source>This file&apos;s town was loaded into the server %1 on %2: its records are there now. It does not sync; log in with the application, or sync a fresh desk file (civitas-admin init).</source>
        <translation>La commune de ce fichier a été chargée sur le serveur %1 le %2&#xa0;: ses données y sont désormais. Il ne se synchronise pas&#xa0;; connectez-vous avec l&apos;application, ou synchronisez un nouveau fichier de poste (civitas-admin init).</translation>
    </message>
    <message>
        <source>This file belongs to the town of another server (%1); %2 holds another town. Nothing was sent or changed: use a fresh desk file for this server.</source>
        <translation>Ce fichier appartient à la commune d&apos;un autre serveur (%1)&#xa0;; %2 contient une autre commune. Rien n&apos;a été envoyé ni modifié&#xa0;: utilisez un nouveau fichier de poste pour ce serveur.</translation>
    </message>
    <message>
        <source>This file holds a town that the server %1 never sent it (a demo, or a town kept in local mode: see the table %2). Nothing was sent or changed. Load it into an empty server with &quot;civitas-admin load&quot;, or sync a fresh desk file.</source>
        <translation>Ce fichier contient une commune que le serveur %1 ne lui a jamais envoyée (une démo, ou une commune tenue en usage local&#xa0;: voir la table %2). Rien n&apos;a été envoyé ni modifié. Chargez-la sur un serveur vide avec «&#xa0;civitas-admin load&#xa0;», ou synchronisez un nouveau fichier de poste.</translation>
    </message>
    <message>
        <source>The server&apos;s tables reference each other in a cycle: no loading order.</source>
        <translation>Les tables du serveur se référencent en cycle&#xa0;: aucun ordre de chargement possible.</translation>
    </message>
    <message>
        <source>The server does not say which town it holds: provision it with this version of civitas-admin (%1).</source>
        <translation>Le serveur ne dit pas quelle commune il contient&#xa0;: préparez-le avec cette version de civitas-admin (%1).</translation>
    </message>
    <message>
        <source>The server already holds a town, loaded on %1. Nothing was written: load only into an empty, freshly provisioned server.</source>
        <translation>Le serveur contient déjà une commune, chargée le %1. Rien n&apos;a été écrit&#xa0;: chargez seulement sur un serveur vide, tout juste préparé.</translation>
    </message>
    <message numerus="yes">
        <source>The server already holds a town (%n record(s) in %1). Nothing was written: load only into an empty, freshly provisioned server.</source>
        <translation>
            <numerusform>Le serveur contient déjà une commune (%n enregistrement dans %1). Rien n&apos;a été écrit&#xa0;: chargez seulement sur un serveur vide, tout juste préparé.</numerusform>
            <numerusform>Le serveur contient déjà une commune (%n enregistrements dans %1). Rien n&apos;a été écrit&#xa0;: chargez seulement sur un serveur vide, tout juste préparé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: the server ran out of locks (%1). One transaction holds a few locks per agent until it ends; raise max_locks_per_transaction in postgresql.conf to at least %2 for %3 agents, restart PostgreSQL, and load again.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: le serveur a manqué de verrous (%1). Une transaction garde quelques verrous par agent jusqu&apos;à sa fin&#xa0;; portez max_locks_per_transaction à au moins %2 dans postgresql.conf pour %3 agents, redémarrez PostgreSQL et chargez de nouveau.</translation>
    </message>
    <message>
        <source>This file was loaded into a server already. Nothing was written.</source>
        <translation>Ce fichier a déjà été chargé sur un serveur. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This file is a desk&apos;s copy of a server&apos;s town, not a town of its own: it cannot be loaded. Nothing was written.</source>
        <translation>Ce fichier est la copie d&apos;un poste de la commune d&apos;un serveur, pas une commune à part entière&#xa0;: il ne peut pas être chargé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Only the owner of the town&apos;s database (the role that provisioned it) may load a town. Nothing was written.</source>
        <translation>Seul le propriétaire de la base de la commune (le rôle qui l&apos;a préparée) peut charger une commune. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The town was loaded, but this file could not record it: %1. Do not sync this file.</source>
        <translation>La commune a été chargée, mais ce fichier n&apos;a pas pu l&apos;enregistrer&#xa0;: %1. Ne synchronisez pas ce fichier.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system (%2): Civitas writes to its file. Copy the file to a writable folder, or mount the file system read-write.</source>
        <translation>%1 est sur un système de fichiers en lecture seule (%2)&#xa0;: Civitas écrit dans son fichier. Copiez le fichier dans un dossier accessible en écriture, ou montez le système de fichiers en lecture-écriture.</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1: %2</source>
        <translation>Impossible de restreindre les droits d&apos;accès de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server did not give this desk an identity (%1); a server provisioned by an older civitas-admin needs &quot;civitas-admin provision&quot; again.</source>
        <translation>Le serveur n&apos;a pas donné d&apos;identité à ce poste (%1)&#xa0;; un serveur préparé par une version antérieure de civitas-admin doit repasser par «&#xa0;civitas-admin provision&#xa0;».</translation>
    </message>
    <message>
        <source>This change is no longer waiting for a decision.</source>
        <translation>Cette modification n&apos;attend plus de décision.</translation>
    </message>
    <message>
        <source>This change does not carry the field %1.</source>
        <translation>Cette modification ne porte pas sur le champ %1.</translation>
    </message>
    <message>
        <source>the server closed the connection without giving a reason</source>
        <translation>le serveur a fermé la connexion sans en donner la raison</translation>
    </message>
    <message>
        <source>The server has no such file for you: it was withdrawn, or you may not read it.</source>
        <translation>Le serveur n&apos;a pas ce fichier pour vous&#xa0;: il a été retiré, ou vous n&apos;avez pas le droit de le lire.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Part %1 of the file came damaged from the server.</source>
        <translation>La partie %1 du fichier est arrivée abîmée du serveur.</translation>
    </message>
    <message>
        <source>A part is missing.</source>
        <translation>Il manque une partie.</translation>
    </message>
    <message>
        <source>The file received does not match its fingerprint: it was dropped, and will be fetched again.</source>
        <translation>Le fichier reçu ne correspond pas à son empreinte&#xa0;: il a été écarté et sera téléchargé à nouveau.</translation>
    </message>
    <message>
        <source>This file is not on this desk, and this desk works without a server.</source>
        <translation>Ce fichier n&apos;est pas sur ce poste, et ce poste travaille sans serveur.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this file cannot be fetched now: %1</source>
        <translation>Le serveur est injoignable&#xa0;: ce fichier ne peut pas être téléchargé maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is too large: %1, the town takes files up to %2.</source>
        <translation>Le fichier est trop volumineux&#xa0;: %1, la commune accepte des fichiers jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>This file is not a %1 (read from its content, not its name).</source>
        <translation>Ce fichier n&apos;est pas un %1 (d&apos;après son contenu, pas son nom).</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be stored on this desk: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré sur ce poste&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file changed while it was read; add it again.</source>
        <translation>le fichier a changé pendant sa lecture&#xa0;; ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>This file is not on this desk yet.</source>
        <translation>Ce fichier n&apos;est pas encore sur ce poste.</translation>
    </message>
    <message>
        <source>Part %1 of this file is missing on this desk.</source>
        <translation>La partie %1 de ce fichier manque sur ce poste.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>image JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>image PNG</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>texte OpenDocument</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>document Word</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>The server refused a file (%1, %2): %3</source>
        <translation>Le serveur a refusé un fichier (%1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Part %1 of a file to send is missing on this desk.</source>
        <translation>La partie %1 d&apos;un fichier à envoyer manque sur ce poste.</translation>
    </message>
    <message>
        <source>No INSEE code entered.</source>
        <translation>Aucun code INSEE saisi.</translation>
    </message>
    <message numerus="yes">
        <source>An INSEE code has 5 characters; this one has %n.</source>
        <translation>
            <numerusform>Un code INSEE compte 5 caractères&#xa0;; celui-ci en a %n.</numerusform>
            <numerusform>Un code INSEE compte 5 caractères&#xa0;; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An INSEE code starts with the number of its département (or 2A, 2B in Corsica); &quot;%1&quot; is not one.</source>
        <translation>Un code INSEE commence par le numéro de son département (ou 2A, 2B en Corse)&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>An INSEE code ends with 3 digits; &quot;%1&quot; is not one.</source>
        <translation>Un code INSEE se termine par 3 chiffres&#xa0;; «&#xa0;%1&#xa0;» ne convient pas.</translation>
    </message>
    <message>
        <source>A Corsican commune&apos;s INSEE code starts with 2A or 2B, not 20 (that is the start of its postcode).</source>
        <translation>Le code INSEE d&apos;une commune corse commence par 2A ou 2B, pas par 20 (c&apos;est le début de son code postal).</translation>
    </message>
    <message>
        <source>No French commune has an INSEE code starting with %1.</source>
        <translation>Aucune commune française n&apos;a de code INSEE commençant par %1.</translation>
    </message>
    <message>
        <source>No overseas territory has the INSEE number %1.</source>
        <translation>Aucun territoire d&apos;outre-mer n&apos;a le numéro INSEE %1.</translation>
    </message>
    <message>
        <source>A commune&apos;s number within its département starts at 001, not 000.</source>
        <translation>Le numéro d&apos;une commune dans son département commence à 001, pas à 000.</translation>
    </message>
    <message>
        <source>Cannot install the French sort order on %1.</source>
        <translation>Impossible d&apos;installer l&apos;ordre alphabétique français sur %1.</translation>
    </message>
    <message>
        <source>The town&apos;s name is required: every paper is headed with it.</source>
        <translation>Le nom de la commune est obligatoire&#xa0;: il figure en tête de chaque document.</translation>
    </message>
    <message>
        <source>The town&apos;s name holds at most %1 characters.</source>
        <translation>Le nom de la commune compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The address holds at most %1 characters.</source>
        <translation>L&apos;adresse compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The city holds at most %1 characters.</source>
        <translation>La ville compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A part of a file is missing.</source>
        <translation>Il manque une partie d&apos;un fichier.</translation>
    </message>
    <message>
        <source>The picture is %1 × %2 pixels: a logo takes at most %3 on each side.</source>
        <translation>L&apos;image fait %1 × %2 pixels&#xa0;: un logo en prend au plus %3 de chaque côté.</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>L&apos;image ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The picture is too large: %1, a logo takes up to %2.</source>
        <translation>L&apos;image est trop lourde&#xa0;: %1, un logo prend au plus %2.</translation>
    </message>
    <message>
        <source>Its file has not reached the server from this desk: send it again.</source>
        <translation>Son fichier n&apos;est pas parvenu au serveur depuis ce poste&#xa0;: renvoyez-la.</translation>
    </message>
    <message>
        <source>Your account may not make this change: the server refused it. Ask HR or an administrator if it should be allowed.</source>
        <translation>Votre compte n&apos;a pas le droit de faire cette modification&#xa0;: le serveur l&apos;a refusée. Demandez aux RH ou à un administrateur si elle doit être permise.</translation>
    </message>
    <message>
        <source>Another record already has this value: change it, then send it again.</source>
        <translation>Une autre fiche a déjà cette valeur&#xa0;: modifiez-la, puis renvoyez-la.</translation>
    </message>
    <message>
        <source>Its file has not reached the server yet: send it again.</source>
        <translation>Son fichier n&apos;est pas encore parvenu au serveur&#xa0;: renvoyez-la.</translation>
    </message>
    <message>
        <source>This record refers to another the server does not have (removed, or not sent yet).</source>
        <translation>Cette fiche renvoie à une autre que le serveur n&apos;a pas (supprimée, ou pas encore envoyée).</translation>
    </message>
    <message>
        <source>Its file is not of a type this record takes.</source>
        <translation>Son fichier n&apos;est pas d&apos;un type que cette fiche accepte.</translation>
    </message>
    <message>
        <source>Records are never deleted on the server: mark this one as removed instead.</source>
        <translation>Le serveur ne supprime jamais une fiche&#xa0;: marquez-la plutôt comme retirée.</translation>
    </message>
    <message>
        <source>A value is too long for the server: %1</source>
        <translation>Une valeur est trop longue pour le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s rules refuse a value: %1</source>
        <translation>Les règles du serveur refusent une valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused this change: %1</source>
        <translation>Le serveur a refusé cette modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Civitas::Hr</name>
    <message>
        <source>import agents from a payroll CSV export (all lines or none)</source>
        <translation>importe des agents depuis un export CSV de la paie (toutes les lignes ou aucune)</translation>
    </message>
    <message>
        <source>(see civitas-admin --help)</source>
        <translation>(voir civitas-admin --help)</translation>
    </message>
    <message>
        <source>a subcommand is needed: import.</source>
        <translation>une sous-commande est attendue&#xa0;: import.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--encoding is auto, utf-8 or windows-1252.</source>
        <translation>--encoding vaut auto, utf-8 ou windows-1252.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>option inconnue %1.</translation>
    </message>
    <message>
        <source>hr import needs one FILE.</source>
        <translation>hr import attend un FICHIER.</translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation>--db CHEMIN est obligatoire.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) to create</source>
        <translation>
            <numerusform>%n agent à créer</numerusform>
            <numerusform>%n agents à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking error(s): nothing written.</source>
        <translation>
            <numerusform>%n erreur bloquante&#xa0;: rien n&apos;a été écrit.</numerusform>
            <numerusform>%n erreurs bloquantes&#xa0;: rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>dry run: nothing written.</source>
        <translation>simulation&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>erreur&#xa0;:</translation>
    </message>
    <message>
        <source>written (%1 encoding).</source>
        <translation>écrit (encodage %1).</translation>
    </message>
    <message>
        <source>Agent files: %1</source>
        <translation>Dossiers des agents&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>%1 from %2 (no end date)</source>
        <translation>%1 depuis le %2 (sans date de fin)</translation>
    </message>
    <message>
        <source>Two statutory positions overlap: %1, and %2. An agent is in one position at a time.</source>
        <translation>Deux positions statutaires se chevauchent&#xa0;: %1, et %2. Un agent n&apos;est que dans une position à la fois.</translation>
    </message>
    <message>
        <source>The registration number is missing.</source>
        <translation>Le matricule n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The birth name is missing.</source>
        <translation>Le nom de naissance n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The first names are missing.</source>
        <translation>Les prénoms ne sont pas renseignés.</translation>
    </message>
    <message>
        <source>The entry date is missing.</source>
        <translation>La date d&apos;entrée n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>Choose the sex as on the civil status.</source>
        <translation>Choisissez le sexe indiqué à l&apos;état civil.</translation>
    </message>
    <message>
        <source>Choose the status: tenured, trainee or contract agent.</source>
        <translation>Choisissez le statut&#xa0;: titulaire, stagiaire ou contractuel.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth makes the agent younger than 14 on entry.</source>
        <translation>D&apos;après la date de naissance, l&apos;agent avait moins de 14 ans à son entrée.</translation>
    </message>
    <message>
        <source>The e-mail address has no @.</source>
        <translation>L&apos;adresse de courriel ne contient pas de @.</translation>
    </message>
    <message>
        <source>A contract agent&apos;s file states the contract&apos;s legal basis.</source>
        <translation>Le dossier d&apos;un agent contractuel indique le fondement juridique du contrat.</translation>
    </message>
    <message>
        <source>The contract&apos;s start date is missing.</source>
        <translation>La date de début du contrat n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>Le contrat se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Give the reason for the departure.</source>
        <translation>Indiquez le motif de départ.</translation>
    </message>
    <message>
        <source>A departure reason is given without a departure date.</source>
        <translation>Un motif de départ est indiqué sans date de départ.</translation>
    </message>
    <message>
        <source>The departure date is before the entry date.</source>
        <translation>La date de départ est antérieure à la date d&apos;entrée.</translation>
    </message>
    <message>
        <source>A statutory position has no start date.</source>
        <translation>Une position statutaire n&apos;a pas de date de début.</translation>
    </message>
    <message>
        <source>A statutory position ends before it starts.</source>
        <translation>Une position statutaire se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Each statutory position refers to its decision (arrêté): its number and date.</source>
        <translation>Chaque position statutaire renvoie à son arrêté&#xa0;: son numéro et sa date.</translation>
    </message>
    <message>
        <source>A working time has no start date.</source>
        <translation>Un temps de travail n&apos;a pas de date de début.</translation>
    </message>
    <message>
        <source>Two working times start on %1.</source>
        <translation>Deux temps de travail commencent le %1.</translation>
    </message>
    <message>
        <source>A working time has no worked half-day in its week.</source>
        <translation>Un temps de travail n&apos;a aucune demi-journée travaillée dans la semaine.</translation>
    </message>
    <message>
        <source>A working time needs its weekly hours.</source>
        <translation>Un temps de travail doit indiquer sa durée hebdomadaire.</translation>
    </message>
    <message>
        <source>A part-time rate is 50, 60, 70, 80 or 90 %.</source>
        <translation>La quotité d&apos;un temps partiel est de 50, 60, 70, 80 ou 90&#xa0;%.</translation>
    </message>
    <message>
        <source>A non-full-time post is between 1 and 34 35ths of a week.</source>
        <translation>Un temps non complet est compris entre 1 et 34 trente-cinquièmes de la semaine.</translation>
    </message>
    <message>
        <source>A document has no title.</source>
        <translation>Une pièce n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no date.</source>
        <translation>La pièce «&#xa0;%1&#xa0;» n&apos;a pas de date.</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; has no category.</source>
        <translation>La pièce «&#xa0;%1&#xa0;» n&apos;a pas de catégorie.</translation>
    </message>
    <message>
        <source>A career step has no effective date.</source>
        <translation>Une étape de carrière n&apos;a pas de date d&apos;effet.</translation>
    </message>
    <message>
        <source>Two career steps take effect on %1.</source>
        <translation>Deux étapes de carrière prennent effet le %1.</translation>
    </message>
    <message>
        <source>A career step needs its job framework and grade.</source>
        <translation>Une étape de carrière doit indiquer son cadre d&apos;emplois et son grade.</translation>
    </message>
    <message>
        <source>The echelon is between 1 and 15.</source>
        <translation>L&apos;échelon est compris entre 1 et 15.</translation>
    </message>
    <message>
        <source>The increased index is usually below the gross index.</source>
        <translation>L&apos;indice majoré est normalement inférieur à l&apos;indice brut.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Tenured</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Contract agent</source>
        <translation>Contractuel</translation>
    </message>
    <message>
        <source>Category A</source>
        <translation>Catégorie A</translation>
    </message>
    <message>
        <source>Category B</source>
        <translation>Catégorie B</translation>
    </message>
    <message>
        <source>Category C</source>
        <translation>Catégorie C</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Culturelle</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sportive</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <source>Medico-social</source>
        <translation>Médico-sociale</translation>
    </message>
    <message>
        <source>Community activities</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Municipal police</source>
        <translation>Police municipale</translation>
    </message>
    <message>
        <source>Fire and rescue</source>
        <translation>Incendie et secours</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Active, made available</source>
        <translation>Activité, mise à disposition</translation>
    </message>
    <message>
        <source>Secondment</source>
        <translation>Détachement</translation>
    </message>
    <message>
        <source>Leave of absence</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Parental leave</source>
        <translation>Congé parental</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Temps complet</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Temps partiel</translation>
    </message>
    <message>
        <source>Non-full-time post</source>
        <translation>Temps non complet</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Retraite</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Démission</translation>
    </message>
    <message>
        <source>Transfer to another employer</source>
        <translation>Mutation</translation>
    </message>
    <message>
        <source>End of contract</source>
        <translation>Fin de contrat</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Licenciement</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Identity and civil status</source>
        <translation>Identité et état civil</translation>
    </message>
    <message>
        <source>Diplomas and qualifications</source>
        <translation>Diplômes et qualifications</translation>
    </message>
    <message>
        <source>Career decisions</source>
        <translation>Décisions de carrière</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Absence decisions</source>
        <translation>Décisions d&apos;absence</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Recrutement</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <source>Tenure</source>
        <translation>Titularisation</translation>
    </message>
    <message>
        <source>Echelon advancement</source>
        <translation>Avancement d&apos;échelon</translation>
    </message>
    <message>
        <source>Grade advancement</source>
        <translation>Avancement de grade</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>%1 morning</source>
        <translation>%1 matin</translation>
    </message>
    <message>
        <source>%1 afternoon</source>
        <translation>%1 après-midi</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Part time %1 %</source>
        <translation>Temps partiel %1&#xa0;%</translation>
    </message>
    <message>
        <source>Non-full-time post, %1/35</source>
        <translation>Temps non complet, %1/35</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>My file</source>
        <translation>Mon dossier</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mon équipe</translation>
    </message>
    <message>
        <source>Agent files</source>
        <translation>Dossiers des agents</translation>
    </message>
    <message>
        <source>Contracts ending within 60 days</source>
        <translation>Contrats prenant fin dans les 60 jours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reg. no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Cat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>Jours travaillés</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Aucun filtre</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>This agent file is not on this computer, or you may not see it.</source>
        <translation>Ce dossier d&apos;agent n&apos;est pas sur cet ordinateur, ou vous n&apos;avez pas le droit de le consulter.</translation>
    </message>
    <message>
        <source>The registration number %1 is already another agent&apos;s.</source>
        <translation>Le matricule %1 est déjà celui d&apos;un autre agent.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The agents could not be read: %1</source>
        <translation>Les agents n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reg. no. %1 · %2</source>
        <translation>Matricule %1 · %2</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Usage name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Departure reason</source>
        <translation>Motif de départ</translation>
    </message>
    <message>
        <source>Contract basis</source>
        <translation>Fondement du contrat</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Début du contrat</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>Job framework</source>
        <translation>Cadre d&apos;emplois</translation>
    </message>
    <message>
        <source>Echelon</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Gross index</source>
        <translation>Indice brut</translation>
    </message>
    <message>
        <source>Increased index</source>
        <translation>Indice majoré</translation>
    </message>
    <message>
        <source>Career effective date</source>
        <translation>Date d&apos;effet de la carrière</translation>
    </message>
    <message>
        <source>Working rate</source>
        <translation>Quotité</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Durée hebdomadaire</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>wrong encoding: this line is not valid UTF-8 text. The file may be in Windows-1252 (&quot;ANSI&quot;): choose that encoding, or Automatic.</source>
        <translation>mauvais encodage&#xa0;: cette ligne n&apos;est pas un texte UTF-8 valide. Le fichier est peut-être en Windows-1252 («&#xa0;ANSI&#xa0;»)&#xa0;: choisissez cet encodage, ou Automatique.</translation>
    </message>
    <message>
        <source>wrong encoding: this file is UTF-8 text; read as Windows-1252, its accented letters would be garbled. Choose UTF-8, or Automatic.</source>
        <translation>mauvais encodage&#xa0;: ce fichier est un texte UTF-8&#xa0;; lu en Windows-1252, ses lettres accentuées seraient déformées. Choisissez UTF-8, ou Automatique.</translation>
    </message>
    <message>
        <source>you may not see the identity of agent %1: the line cannot update this file.</source>
        <translation>vous n&apos;avez pas le droit de consulter l&apos;identité de l&apos;agent %1&#xa0;: la ligne ne peut pas mettre à jour ce dossier.</translation>
    </message>
    <message>
        <source>unknown sex &quot;%1&quot;: expected F or M.</source>
        <translation>sexe inconnu «&#xa0;%1&#xa0;»&#xa0;: F ou M attendu.</translation>
    </message>
    <message>
        <source>unknown status code &quot;%1&quot;: expected titulaire, stagiaire or contractuel.</source>
        <translation>code de statut inconnu «&#xa0;%1&#xa0;»&#xa0;: titulaire, stagiaire ou contractuel attendu.</translation>
    </message>
    <message>
        <source>unknown departure reason &quot;%1&quot;.</source>
        <translation>motif de départ inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>invalid NIR &quot;%1&quot;: %2</source>
        <translation>NIR invalide «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;: no unit of the organisation chart has this code or name.</source>
        <translation>service inconnu «&#xa0;%1&#xa0;»&#xa0;: aucune unité de l&apos;organigramme n&apos;a ce code ni ce nom.</translation>
    </message>
    <message>
        <source>missing required value: no column gives the %1, which a new agent needs.</source>
        <translation>valeur obligatoire manquante&#xa0;: aucune colonne ne donne la valeur «&#xa0;%1&#xa0;», nécessaire à un nouvel agent.</translation>
    </message>
    <message>
        <source>missing required value: %1.</source>
        <translation>valeur obligatoire manquante&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;: expected A, B or C.</source>
        <translation>catégorie inconnue «&#xa0;%1&#xa0;»&#xa0;: A, B ou C attendu.</translation>
    </message>
    <message>
        <source>unknown sector (filière) &quot;%1&quot;.</source>
        <translation>filière inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>missing required value: a first career step needs the %1.</source>
        <translation>valeur obligatoire manquante&#xa0;: une première étape de carrière a besoin de la valeur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the career step takes effect on %1, before the current one (%2): it goes into the history without changing the current grade.</source>
        <translation>l&apos;étape de carrière prend effet le %1, avant l&apos;étape actuelle (%2)&#xa0;: elle va dans l&apos;historique sans changer le grade actuel.</translation>
    </message>
    <message>
        <source>unreadable weekly hours &quot;%1&quot;: expected 37,5 or 37h30.</source>
        <translation>durée hebdomadaire illisible «&#xa0;%1&#xa0;»&#xa0;: 37,5 ou 37h30 attendu.</translation>
    </message>
    <message>
        <source>unknown working rate &quot;%1&quot;: expected 100, 50 to 90 %, or n/35.</source>
        <translation>quotité inconnue «&#xa0;%1&#xa0;»&#xa0;: 100, 50 à 90&#xa0;%, ou n/35 attendu.</translation>
    </message>
    <message>
        <source>the working time in the file (%1) differs from the agent file&apos;s (%2); the import does not change it, since the file does not say which half-days are worked: change it in the agent file.</source>
        <translation>le temps de travail du fichier (%1) diffère de celui du dossier de l&apos;agent (%2)&#xa0;; l&apos;import ne le modifie pas, car le fichier n&apos;indique pas les demi-journées travaillées&#xa0;: modifiez-le dans le dossier de l&apos;agent.</translation>
    </message>
    <message>
        <source>Career</source>
        <translation>Carrière</translation>
    </message>
    <message>
        <source>Statutory position</source>
        <translation>Position statutaire</translation>
    </message>
    <message>
        <source>unreadable date &quot;%1&quot;: expected dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation>date illisible «&#xa0;%1&#xa0;»&#xa0;: jj/mm/aaaa ou aaaa-mm-jj attendu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>the file is empty: it has no header line.</source>
        <translation>le fichier est vide&#xa0;: il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>no column is mapped to the registration number (matricule): lines cannot be matched to agents without it.</source>
        <translation>aucune colonne n&apos;est associée au matricule&#xa0;: sans lui, les lignes ne peuvent pas être rapprochées des agents.</translation>
    </message>
    <message>
        <source>this line has %1 fields where the header has %2: a separator is missing or too many.</source>
        <translation>cette ligne a %1 champs alors que l&apos;en-tête en a %2&#xa0;: il manque un séparateur, ou il y en a un de trop.</translation>
    </message>
    <message>
        <source>registration number %1 is already on line %2 of the file.</source>
        <translation>le matricule %1 figure déjà à la ligne %2 du fichier.</translation>
    </message>
    <message>
        <source>The file has blocking problems: nothing was written.</source>
        <translation>Le fichier présente des problèmes bloquants&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The file has not been analysed: nothing was written.</source>
        <translation>Le fichier n&apos;a pas été analysé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Line %1: %2 Nothing was written.</source>
        <translation>Ligne %1&#xa0;: %2 Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the file (Ctrl+S)</source>
        <translation>Enregistrer le dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Agent sheet…</source>
        <translation>Fiche agent…</translation>
    </message>
    <message>
        <source>Print or save as PDF the summary of the file</source>
        <translation>Imprimer ou enregistrer en PDF la synthèse du dossier</translation>
    </message>
    <message>
        <source>Employment certificate…</source>
        <translation>Attestation employeur…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Employment and posting</source>
        <translation>Emploi et affectation</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Choose an agent in the list to open their file.</source>
        <translation>Choisissez un agent dans la liste pour ouvrir son dossier.</translation>
    </message>
    <message>
        <source>New agent</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <source>Reg. no. %1</source>
        <translation>Matricule %1</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>départ le %1</translation>
    </message>
    <message>
        <source>The file was not saved:</source>
        <translation>Le dossier n&apos;a pas été enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The file of %1 has changes that are not saved. Save them?</source>
        <translation>Le dossier de %1 contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>History of this field…</source>
        <translation>Historique de ce champ…</translation>
    </message>
    <message>
        <source>Right-click a field to see who changed it, when, and its former values.</source>
        <translation>Cliquez avec le bouton droit sur un champ pour voir qui l&apos;a modifié, quand, et ses valeurs précédentes.</translation>
    </message>
    <message>
        <source>15 characters, e.g. 2 95 10 99 126 111 93</source>
        <translation>15 caractères, p. ex. 2 95 10 99 126 111 93</translation>
    </message>
    <message>
        <source>Social security number (NIR)</source>
        <translation>Numéro de sécurité sociale (NIR)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Personal e-mail</source>
        <translation>Courriel personnel</translation>
    </message>
    <message>
        <source>e.g. L332-8 2° of the general civil service code</source>
        <translation>p. ex. L332-8 2° du code général de la fonction publique</translation>
    </message>
    <message>
        <source>Contract&apos;s legal basis</source>
        <translation>Fondement juridique du contrat</translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation>Supérieur hiérarchique</translation>
    </message>
    <message>
        <source>(not visible)</source>
        <translation>(non visible)</translation>
    </message>
    <message>
        <source>Name, registration number or NIR</source>
        <translation>Nom, matricule ou NIR</translation>
    </message>
    <message>
        <source>Search agents</source>
        <translation>Rechercher des agents</translation>
    </message>
    <message>
        <source>Whole town</source>
        <translation>Toute la commune</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Toutes les filières</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <source>Active or departed</source>
        <translation>En poste ou partis</translation>
    </message>
    <message>
        <source>Active agents</source>
        <translation>Agents en poste</translation>
    </message>
    <message>
        <source>Departed agents</source>
        <translation>Agents partis</translation>
    </message>
    <message>
        <source>Active and departed</source>
        <translation>En poste et partis</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import agents from a payroll export (CSV)</source>
        <translation>Importer des agents depuis un export de paie (CSV)</translation>
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
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the list as shown</source>
        <translation>Imprimer la liste affichée</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agents</translation>
    </message>
    <message>
        <source>Export the agents</source>
        <translation>Exporter les agents</translation>
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
    <message>
        <source>Career history</source>
        <translation>Historique de carrière</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Ech.</source>
        <translation>Éch.</translation>
    </message>
    <message>
        <source>GI / II</source>
        <translation>IB / IM</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>New career step</source>
        <translation>Nouvelle étape de carrière</translation>
    </message>
    <message>
        <source>Number of the decision (arrêté)</source>
        <translation>Numéro de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation>Ajouter l&apos;étape</translation>
    </message>
    <message>
        <source>Withdraw the selected step…</source>
        <translation>Retirer l&apos;étape sélectionnée…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; %1, echelon %2 — category %3, %4 sector — gross index %5, increased index %6 — since %7</source>
        <translation>&lt;b&gt;Actuellement&#xa0;:&lt;/b&gt; %1, échelon %2 — catégorie %3, filière %4 — indice brut %5, indice majoré %6 — depuis le %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; no career step in effect.</source>
        <translation>&lt;b&gt;Actuellement&#xa0;:&lt;/b&gt; aucune étape de carrière en vigueur.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>Withdraw a career step</source>
        <translation>Retirer une étape de carrière</translation>
    </message>
    <message>
        <source>Withdraw the step of %1 (%2, echelon %3)? Do it only for a step entered by mistake: a decision that was taken stays in the history. The audit log keeps the withdrawn step.</source>
        <translation>Retirer l&apos;étape du %1 (%2, échelon %3)&#xa0;? Ne le faites que pour une étape saisie par erreur&#xa0;: une décision qui a été prise reste dans l&apos;historique. Le journal d&apos;audit conserve l&apos;étape retirée.</translation>
    </message>
    <message>
        <source>Documents of the file</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <source>e.g. Arrêté d&apos;avancement d&apos;échelon</source>
        <translation>p. ex. Arrêté d&apos;avancement d&apos;échelon</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Date de la pièce</translation>
    </message>
    <message>
        <source>Choose the file and add…</source>
        <translation>Choisir le fichier et ajouter…</translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG, %1 at most.</source>
        <translation>PDF, JPEG ou PNG, %1 au plus.</translation>
    </message>
    <message>
        <source>Only the decision: the type of leave and its dates. Never a medical certificate or a diagnosis.</source>
        <translation>Uniquement la décision&#xa0;: le type de congé et ses dates. Jamais de certificat médical ni de diagnostic.</translation>
    </message>
    <message>
        <source>The signed evaluation report. No political, union, religious or philosophical opinion.</source>
        <translation>Le compte rendu d&apos;entretien professionnel signé. Aucune opinion politique, syndicale, religieuse ou philosophique.</translation>
    </message>
    <message>
        <source>Not saved yet: the number is given when the file is saved</source>
        <translation>Pas encore enregistrée&#xa0;: le numéro est attribué à l&apos;enregistrement du dossier</translation>
    </message>
    <message>
        <source>Give the document a title before choosing the file.</source>
        <translation>Donnez un titre à la pièce avant de choisir le fichier.</translation>
    </message>
    <message>
        <source>Give the date of the document.</source>
        <translation>Indiquez la date de la pièce.</translation>
    </message>
    <message>
        <source>Add a document to the file</source>
        <translation>Ajouter une pièce au dossier</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Piece %1: %2</source>
        <translation>Pièce n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 — %4</source>
        <translation>%1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Pages de la pièce</translation>
    </message>
    <message>
        <source>This document cannot be shown: its content is damaged.</source>
        <translation>Cette pièce ne peut pas être affichée&#xa0;: son contenu est endommagé.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>La copie n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Changes of the field</source>
        <translation>Modifications du champ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(création)</translation>
    </message>
    <message>
        <source>No change of this field is recorded on this computer.</source>
        <translation>Aucune modification de ce champ n&apos;est enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Changes made on this computer and those received from the server. The server&apos;s audit log keeps every change of every desk.</source>
        <translation>Les modifications faites sur cet ordinateur et celles reçues du serveur. Le journal d&apos;audit du serveur conserve toutes les modifications de tous les postes.</translation>
    </message>
    <message>
        <source>Your individual file as HR keeps it. To correct something, ask the HR department: every change is dated and signed.</source>
        <translation>Votre dossier individuel tel que le tient le service des ressources humaines. Pour corriger une information, adressez-vous au service RH&#xa0;: chaque modification est datée et signée.</translation>
    </message>
    <message>
        <source>Your file is not on this computer yet. It arrives with the next synchronisation, or HR has not created it.</source>
        <translation>Votre dossier n&apos;est pas encore sur cet ordinateur. Il arrivera avec la prochaine synchronisation, à moins que le service RH ne l&apos;ait pas encore créé.</translation>
    </message>
    <message>
        <source>Import agents from payroll</source>
        <translation>Importer des agents depuis la paie</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>The CSV file exported by the payroll program</source>
        <translation>Le fichier CSV exporté par le logiciel de paie</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Which column of the file holds each field? The registration number is required: lines are matched to agents by it.</source>
        <translation>Quelle colonne du fichier contient chaque champ&#xa0;? Le matricule est obligatoire&#xa0;: c&apos;est par lui que les lignes sont rapprochées des agents.</translation>
    </message>
    <message>
        <source>Column of %1</source>
        <translation>Colonne de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Problems found, line by line</source>
        <translation>Problèmes relevés, ligne par ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Writing the agent files...</source>
        <translation>Écriture des dossiers des agents…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Payroll export</source>
        <translation>Export de paie</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read as %1, fields separated by %2.</source>
        <translation>
            <numerusform>%n ligne lue en %1, champs séparés par %2.</numerusform>
            <numerusform>%n lignes lues en %1, champs séparés par %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) created</source>
        <translation>
            <numerusform>%n agent créé</numerusform>
            <numerusform>%n agents créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n mis à jour.</numerusform>
            <numerusform>%n mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statutory positions</source>
        <translation>Positions statutaires</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>New statutory position</source>
        <translation>Nouvelle position statutaire</translation>
    </message>
    <message>
        <source>Leave empty: until a further decision</source>
        <translation>Laisser vide&#xa0;: jusqu&apos;à nouvel arrêté</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>of</source>
        <translation>du</translation>
    </message>
    <message>
        <source>Start of the position</source>
        <translation>Début de la position</translation>
    </message>
    <message>
        <source>End of the position</source>
        <translation>Fin de la position</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Numéro de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Add the position</source>
        <translation>Ajouter la position</translation>
    </message>
    <message>
        <source>Withdraw the selected position…</source>
        <translation>Retirer la position sélectionnée…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; %1 since %2</source>
        <translation>&lt;b&gt;Actuellement&#xa0;:&lt;/b&gt; %1 depuis le %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; no statutory position (contract agents have none).</source>
        <translation>&lt;b&gt;Actuellement&#xa0;:&lt;/b&gt; aucune position statutaire (les contractuels n&apos;en ont pas).</translation>
    </message>
    <message>
        <source>Give the start date of the position.</source>
        <translation>Indiquez la date de début de la position.</translation>
    </message>
    <message>
        <source>Give the decision (arrêté) that makes this position: its number and date.</source>
        <translation>Indiquez l&apos;arrêté qui prononce cette position&#xa0;: son numéro et sa date.</translation>
    </message>
    <message>
        <source>The position ends before it starts.</source>
        <translation>La position se termine avant de commencer.</translation>
    </message>
    <message>
        <source>End the current position</source>
        <translation>Terminer la position en cours</translation>
    </message>
    <message>
        <source>%1 has no end date. End it on %2, the day before the new position?</source>
        <translation>%1 n&apos;a pas de date de fin. La terminer le %2, la veille de la nouvelle position&#xa0;?</translation>
    </message>
    <message>
        <source>Withdraw a position</source>
        <translation>Retirer une position</translation>
    </message>
    <message>
        <source>Withdraw this position? Do it only for a position entered by mistake; the audit log keeps it.</source>
        <translation>Retirer cette position&#xa0;? Ne le faites que pour une position saisie par erreur&#xa0;; le journal d&apos;audit la conserve.</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Search the team</source>
        <translation>Rechercher dans l&apos;équipe</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in the units you head</source>
        <translation>
            <numerusform>%n agent dans les services que vous dirigez</numerusform>
            <numerusform>%n agents dans les services que vous dirigez</numerusform>
        </translation>
    </message>
    <message>
        <source>Working time history</source>
        <translation>Historique du temps de travail</translation>
    </message>
    <message>
        <source>From</source>
        <comment>working time in effect from</comment>
        <translation>À compter du</translation>
    </message>
    <message>
        <source>New working time</source>
        <translation>Nouveau temps de travail</translation>
    </message>
    <message>
        <source>Part-time rate</source>
        <translation>Quotité de temps partiel</translation>
    </message>
    <message>
        <source>35ths of a week</source>
        <translation>Trente-cinquièmes de semaine</translation>
    </message>
    <message>
        <source> / 35</source>
        <translation> / 35</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Weekly minutes</source>
        <translation>Minutes hebdomadaires</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>Half-days worked</source>
        <translation>Demi-journées travaillées</translation>
    </message>
    <message>
        <source>Add the working time</source>
        <translation>Ajouter le temps de travail</translation>
    </message>
    <message>
        <source>Withdraw the selected working time…</source>
        <translation>Retirer le temps de travail sélectionné…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; %1, %2 a week, %3 (%4 days a week)</source>
        <translation>&lt;b&gt;Actuellement&#xa0;:&lt;/b&gt; %1, %2 par semaine, %3 (%4 jours par semaine)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now:&lt;/b&gt; no working time recorded.</source>
        <translation>&lt;b&gt;Actuellement&#xa0;:&lt;/b&gt; aucun temps de travail enregistré.</translation>
    </message>
    <message>
        <source>Give the date from which this working time applies.</source>
        <translation>Indiquez la date à compter de laquelle ce temps de travail s&apos;applique.</translation>
    </message>
    <message>
        <source>Tick the half-days the agent works.</source>
        <translation>Cochez les demi-journées travaillées par l&apos;agent.</translation>
    </message>
    <message>
        <source>Give the weekly hours.</source>
        <translation>Indiquez la durée hebdomadaire.</translation>
    </message>
    <message>
        <source>A working time already starts on %1.</source>
        <translation>Un temps de travail commence déjà le %1.</translation>
    </message>
    <message>
        <source>Withdraw a working time</source>
        <translation>Retirer un temps de travail</translation>
    </message>
    <message>
        <source>Withdraw this working time? Leave already counted with it will be counted again. The audit log keeps it.</source>
        <translation>Retirer ce temps de travail&#xa0;? Les congés déjà décomptés avec lui seront décomptés de nouveau. Le journal d&apos;audit le conserve.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>column %1 holds &quot;%2&quot;, which a spreadsheet would run as a formula: correct the file; this line is not imported.</source>
        <translation>la colonne %1 contient «&#xa0;%2&#xa0;», qu&apos;un tableur exécuterait comme une formule&#xa0;: corrigez le fichier&#xa0;; cette ligne n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>Say why the piece is withdrawn.</source>
        <translation>Indiquez pourquoi la pièce est retirée.</translation>
    </message>
    <message>
        <source>Give the reference of the decision that orders the withdrawal.</source>
        <translation>Indiquez la référence de la décision qui ordonne le retrait.</translation>
    </message>
    <message>
        <source>This piece is withdrawn already, or gone.</source>
        <translation>Cette pièce est déjà retirée, ou n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This file was changed on another desk while you were editing it. Your changes are not saved yet.</source>
        <translation>Ce dossier a été modifié sur un autre poste pendant que vous le modifiiez. Vos modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Reload the file</source>
        <translation>Recharger le dossier</translation>
    </message>
    <message>
        <source>Show the file as it is now; your changes are lost</source>
        <translation>Afficher le dossier tel qu&apos;il est maintenant&#xa0;; vos modifications sont perdues</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Save later only the fields you changed</source>
        <translation>N&apos;enregistrer ensuite que les champs que vous avez modifiés</translation>
    </message>
    <message>
        <source>Keep on this desk</source>
        <translation>Garder sur ce poste</translation>
    </message>
    <message>
        <source>The piece stays on this desk, to be opened without the network.</source>
        <translation>La pièce reste sur ce poste, pour l&apos;ouvrir sans réseau.</translation>
    </message>
    <message>
        <source>Withdraw the piece…</source>
        <translation>Retirer la pièce…</translation>
    </message>
    <message>
        <source>For a piece the law or a decision removes from the file (an amnestied sanction): its number stays, its content goes.</source>
        <translation>Pour une pièce que la loi ou une décision retire du dossier (une sanction amnistiée)&#xa0;: son numéro reste, son contenu disparaît.</translation>
    </message>
    <message>
        <source>%1 — withdrawn on %2: %3 (%4)</source>
        <translation>%1 — retirée le %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <source>Piece %1 was withdrawn on %2 (%3): its content is no longer kept.</source>
        <translation>La pièce %1 a été retirée le %2 (%3)&#xa0;: son contenu n&apos;est plus conservé.</translation>
    </message>
    <message>
        <source>This piece is not on this desk, and this desk works without a server.</source>
        <translation>Cette pièce n&apos;est pas sur ce poste, et ce poste travaille sans serveur.</translation>
    </message>
    <message>
        <source>Fetching piece %1 from the server…</source>
        <translation>Téléchargement de la pièce %1 depuis le serveur…</translation>
    </message>
    <message>
        <source>Piece %1</source>
        <translation>Pièce %1</translation>
    </message>
    <message>
        <source>Choose a saved piece.</source>
        <translation>Choisissez une pièce enregistrée.</translation>
    </message>
    <message>
        <source>Not kept.</source>
        <translation>Non conservée.</translation>
    </message>
    <message>
        <source>Withdraw piece %1</source>
        <translation>Retirer la pièce %1</translation>
    </message>
    <message>
        <source>Piece %1, “%2”, leaves the file: its content is deleted from the server at the next synchronisation and from every desk at theirs (unless another piece holds the very same file). Its number stays, marked withdrawn, with the reason and the decision below. This cannot be undone.</source>
        <translation>La pièce %1, «&#xa0;%2&#xa0;», quitte le dossier&#xa0;: son contenu est effacé du serveur à la prochaine synchronisation, et de chaque poste à la sienne (sauf si une autre pièce contient exactement le même fichier). Son numéro reste, marqué retiré, avec le motif et la décision ci-dessous. Cette action est définitive.</translation>
    </message>
    <message>
        <source>e.g. Sanction amnestied</source>
        <translation>p. ex. Sanction amnistiée</translation>
    </message>
    <message>
        <source>e.g. Arrêté n° 2026-123 of 12 March 2026</source>
        <translation>p. ex. Arrêté n° 2026-123 du 12 mars 2026</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Your own agent file, as HR keeps it: identity, career, positions, working time and documents. You read it here; to have something corrected, ask HR.

Documents open on this computer once synchronised, even without the network.</source>
        <translation>Votre dossier d&apos;agent, tel que les RH le tiennent&#xa0;: identité, carrière, positions, temps de travail et pièces. Vous le consultez ici&#xa0;; pour faire corriger quelque chose, adressez-vous aux RH.

Les pièces s&apos;ouvrent sur cet ordinateur une fois synchronisées, même sans réseau.</translation>
    </message>
    <message>
        <source>The agents of the units you head: post, grade and working time. Type a name in the search field to find someone.

You see neither their social security number nor their salary: those stay with HR.</source>
        <translation>Les agents des unités que vous dirigez&#xa0;: poste, grade et temps de travail. Tapez un nom dans le champ de recherche pour trouver quelqu&apos;un.

Vous ne voyez ni leur numéro de sécurité sociale ni leur rémunération&#xa0;: ils restent aux RH.</translation>
    </message>
    <message>
        <source>Every agent file of the town. Search by name, registration number or social security number; filter by status or unit; click an agent to open the file.

Change a field, then Save: the file is checked (the NIR key, the dates) before it is written. Right-click a field to see who changed it and when. Dates can be typed whole, e.g. 03/12/1968.

Opening a file is recorded for the audit of personal data.</source>
        <translation>Tous les dossiers d&apos;agents de la commune. Cherchez par nom, matricule ou numéro de sécurité sociale&#xa0;; filtrez par statut ou par unité&#xa0;; cliquez sur un agent pour ouvrir son dossier.

Modifiez un champ, puis Enregistrer&#xa0;: le dossier est vérifié (la clé du NIR, les dates) avant d&apos;être écrit. Clic droit sur un champ pour voir qui l&apos;a modifié et quand. Les dates se tapent en entier, par exemple 03/12/1968.

L&apos;ouverture d&apos;un dossier est tracée pour l&apos;audit des données personnelles.</translation>
    </message>
    <message>
        <source>wrong encoding: this line is not UTF-8 text as the rest of the file is (it may come from a Windows-1252 program): correct it in the file, then load the file again.</source>
        <translation>mauvais encodage&#xa0;: cette ligne n&apos;est pas en UTF-8 comme le reste du fichier (elle vient peut-être d&apos;un programme en Windows-1252)&#xa0;: corrigez-la dans le fichier, puis chargez de nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>Civitas::Leave</name>
    <message>
        <source>The duration the application counts for a leave request: the half-days the agent works, minus public holidays.</source>
        <translation>La durée que l&apos;application compte pour une demande de congé&#xa0;: les demi-journées que l&apos;agent travaille, moins les jours fériés.</translation>
    </message>
    <message>
        <source>An agent&apos;s leave balances for a year (rights, taken, waiting, available); every ledger line with --details.</source>
        <translation>Les soldes de congés d&apos;un agent pour une année (droits, pris, en attente, disponible)&#xa0;; chaque écriture avec --details.</translation>
    </message>
    <message>
        <source>Writes the year&apos;s annual leave and RTT of every agent (run again: only what changed).</source>
        <translation>Enregistre les congés annuels et RTT de l&apos;année de chaque agent (relancé&#xa0;: seulement ce qui a changé).</translation>
    </message>
    <message>
        <source>Counts again the requests a change of days off or working time affects.</source>
        <translation>Recalcule les demandes touchées par une modification des jours chômés ou du temps de travail.</translation>
    </message>
    <message>
        <source>civitas-admin: %1</source>
        <translation>civitas-admin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: civitas-admin %1</source>
        <translation>Utilisation&#xa0;: civitas-admin %1</translation>
    </message>
    <message>
        <source>a subcommand is missing.</source>
        <translation>il manque une sous-commande.</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;.</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--agent, --from and --to are needed.</source>
        <translation>--agent, --from et --to sont nécessaires.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--db PATH is needed.</source>
        <translation>--db CHEMIN est nécessaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-05-11 or 2026-05-11pm.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date comme 2026-05-11 ou 2026-05-11pm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-05-15 or 2026-05-15am.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date comme 2026-05-15 ou 2026-05-15am.</translation>
    </message>
    <message>
        <source>civitas-admin: error: no agent &quot;%1&quot; in this file.</source>
        <translation>civitas-admin&#xa0;: erreur&#xa0;: aucun agent «&#xa0;%1&#xa0;» dans ce fichier.</translation>
    </message>
    <message>
        <source>civitas-admin: error: %1</source>
        <translation>civitas-admin&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 calendar day(s)</source>
        <translation>%1 jour(s) calendaire(s)</translation>
    </message>
    <message>
        <source>%1 working day(s)</source>
        <translation>%1 jour(s) ouvré(s)</translation>
    </message>
    <message>
        <source>  not counted: %1, %2</source>
        <translation>  non décompté&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>--agent and --year are needed.</source>
        <translation>--agent et --year sont nécessaires.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year such as 2026.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une année comme 2026.</translation>
    </message>
    <message>
        <source>No leave rights and no request in %1.</source>
        <translation>Aucun droit à congé ni aucune demande en %1.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Time savings account (every year): %1</source>
        <translation>Compte épargne-temps (toutes années)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ledger of %1</source>
        <translation>Écritures de %1</translation>
    </message>
    <message>
        <source>  (no line)</source>
        <translation>  (aucune écriture)</translation>
    </message>
    <message>
        <source>expires on %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>annulation de l&apos;écriture</translation>
    </message>
    <message>
        <source>Nothing to write: the ledger already holds all of it.</source>
        <translation>Rien à enregistrer&#xa0;: les comptes de congés contiennent déjà tout.</translation>
    </message>
    <message>
        <source>Dry run: nothing written.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written.</source>
        <translation>
            <numerusform>%n écriture enregistrée.</numerusform>
            <numerusform>%n écritures enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>the year to close is missing.</source>
        <translation>il manque l&apos;année à clôturer.</translation>
    </message>
    <message>
        <source>the year to allocate is missing.</source>
        <translation>il manque l&apos;année des droits à attribuer.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) counted again</source>
        <translation>
            <numerusform>%n demande recalculée</numerusform>
            <numerusform>%n demandes recalculées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave: indexes</source>
        <translation>Congés&#xa0;: index</translation>
    </message>
    <message>
        <source>Leave: %1 requests, %2 steps, %3 ledger lines, %4 delegations</source>
        <translation>Congés&#xa0;: %1 demandes, %2 étapes, %3 écritures, %4 délégations</translation>
    </message>
    <message>
        <source>Leave: %1</source>
        <translation>Congés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leave: %1, %2 agents</source>
        <translation>Congés&#xa0;: %1, %2 agents</translation>
    </message>
    <message>
        <source>Give the first and the last day of the leave.</source>
        <translation>Indiquez le premier et le dernier jour du congé.</translation>
    </message>
    <message>
        <source>The leave ends (%1) before it starts (%2).</source>
        <translation>Le congé se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The agent&apos;s file has no working time: the days worked are unknown.</source>
        <translation>Le dossier de l&apos;agent n&apos;a pas de temps de travail&#xa0;: les jours travaillés sont inconnus.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Waiting for the head</source>
        <translation>En attente du chef de service</translation>
    </message>
    <message>
        <source>Waiting for HR</source>
        <translation>En attente des RH</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Cancellation asked</source>
        <translation>Annulation demandée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Choose the kind of leave.</source>
        <translation>Choisissez le type de congé.</translation>
    </message>
    <message>
        <source>“%1” can no longer be asked for.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut plus être demandé.</translation>
    </message>
    <message>
        <source>“%1” is entered by HR, not asked for.</source>
        <translation>«&#xa0;%1&#xa0;» est saisi par les RH, pas demandé.</translation>
    </message>
    <message>
        <source>“%1” is taken in whole days: start in the morning and end in the afternoon.</source>
        <translation>«&#xa0;%1&#xa0;» se prend par journées entières&#xa0;: commencez le matin et terminez l&apos;après-midi.</translation>
    </message>
    <message>
        <source>These dates hold no day the agent works: there is nothing to ask for.</source>
        <translation>Ces dates ne comprennent aucun jour travaillé par l&apos;agent&#xa0;: il n&apos;y a rien à demander.</translation>
    </message>
    <message>
        <source>These dates overlap another request (%1, %2 to %3, %4).</source>
        <translation>Ces dates chevauchent une autre demande (%1, du %2 au %3, %4).</translation>
    </message>
    <message>
        <source>%1 may last at most %2 consecutive days; this absence lasts %3.</source>
        <translation>%1 ne peut pas durer plus de %2 jours consécutifs&#xa0;; cette absence dure %3 jours.</translation>
    </message>
    <message>
        <source>%1 gives at most %2; this request counts %3.</source>
        <translation>%1 donne droit à %2 au plus&#xa0;; cette demande compte %3.</translation>
    </message>
    <message>
        <source>“%1” needs a supporting document: attach it.</source>
        <translation>«&#xa0;%1&#xa0;» demande un justificatif&#xa0;: joignez-le.</translation>
    </message>
    <message>
        <source>Not enough %1: %2 left once the requests waiting are counted, %3 asked.</source>
        <translation>Solde de %1 insuffisant&#xa0;: il reste %2 une fois comptées les demandes en attente&#xa0;; la demande compte %3.</translation>
    </message>
    <message>
        <source>This kind of leave is entered and changed by HR only.</source>
        <translation>Ce type de congé est saisi et modifié par les RH uniquement.</translation>
    </message>
    <message>
        <source>Only the agent submits their request.</source>
        <translation>Seul l&apos;agent envoie sa demande.</translation>
    </message>
    <message>
        <source>Only a draft can be submitted.</source>
        <translation>Seul un brouillon peut être envoyé.</translation>
    </message>
    <message>
        <source>Only the agent withdraws their request.</source>
        <translation>Seul l&apos;agent retire sa demande.</translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be withdrawn; ask for the cancellation of an approved one.</source>
        <translation>Seule une demande en attente de décision peut être retirée&#xa0;; pour une demande validée, demandez son annulation.</translation>
    </message>
    <message>
        <source>The leave has started: it can no longer be withdrawn.</source>
        <translation>Le congé a commencé&#xa0;: la demande ne peut plus être retirée.</translation>
    </message>
    <message>
        <source>Nobody approves their own leave.</source>
        <translation>Personne ne valide ses propres congés.</translation>
    </message>
    <message>
        <source>Only the head of the agent&apos;s unit, their deputy or HR decides.</source>
        <translation>Seuls le chef du service de l&apos;agent, son suppléant ou les RH décident.</translation>
    </message>
    <message>
        <source>The request is waiting for HR.</source>
        <translation>La demande est en attente des RH.</translation>
    </message>
    <message>
        <source>Only a submitted request can be approved.</source>
        <translation>Seule une demande envoyée peut être validée.</translation>
    </message>
    <message>
        <source>Withdraw your request instead.</source>
        <translation>Retirez plutôt votre demande.</translation>
    </message>
    <message>
        <source>Only a request waiting for your decision can be refused.</source>
        <translation>Seule une demande en attente de votre décision peut être refusée.</translation>
    </message>
    <message>
        <source>Only the agent asks for the cancellation of their leave.</source>
        <translation>Seul l&apos;agent demande l&apos;annulation de son congé.</translation>
    </message>
    <message>
        <source>Only approved leave can be cancelled.</source>
        <translation>Seul un congé validé peut être annulé.</translation>
    </message>
    <message>
        <source>No cancellation was asked for.</source>
        <translation>Aucune annulation n&apos;a été demandée.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Ask for cancellation</source>
        <translation>Demander l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancel the leave</source>
        <translation>Annuler le congé</translation>
    </message>
    <message>
        <source>Keep the leave</source>
        <translation>Maintenir le congé</translation>
    </message>
    <message>
        <source>A trainee cannot open a time savings account.</source>
        <translation>Un stagiaire ne peut pas ouvrir de compte épargne-temps.</translation>
    </message>
    <message>
        <source>The agent is not in service on that day.</source>
        <translation>L&apos;agent n&apos;est pas en service à cette date.</translation>
    </message>
    <message>
        <source>A time savings account opens after one year of continuous service (from %1).</source>
        <translation>Un compte épargne-temps s&apos;ouvre après une année de services continus (à partir du %1).</translation>
    </message>
    <message>
        <source>Leave</source>
        <comment>the module&apos;s name</comment>
        <translation>Congés</translation>
    </message>
    <message>
        <source>My leave</source>
        <translation>Mes congés</translation>
    </message>
    <message>
        <source>Team calendar</source>
        <translation>Planning de l&apos;équipe</translation>
    </message>
    <message>
        <source>Leave administration</source>
        <translation>Administration des congés</translation>
    </message>
    <message>
        <source>Leave to decide</source>
        <translation>Congés à valider</translation>
    </message>
    <message>
        <source>My leave requests with news</source>
        <translation>Mes demandes de congé ayant évolué</translation>
    </message>
    <message>
        <source>Leave requests waiting for me</source>
        <translation>Demandes de congé en attente de ma décision</translation>
    </message>
    <message>
        <source>Leave types</source>
        <translation>Types de congé</translation>
    </message>
    <message>
        <source>Days allocated for the year, with carry-overs and corrections</source>
        <translation>Jours attribués pour l&apos;année, reports et régularisations compris</translation>
    </message>
    <message>
        <source>Approved leave already counted</source>
        <translation>Congés validés déjà décomptés</translation>
    </message>
    <message>
        <source>Requests waiting for a decision</source>
        <translation>Demandes en attente d&apos;une décision</translation>
    </message>
    <message>
        <source>Rights minus leave taken</source>
        <translation>Droits moins congés pris</translation>
    </message>
    <message>
        <source>What will be left once the waiting requests are approved</source>
        <translation>Ce qui restera une fois les demandes en attente validées</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Congé</translation>
    </message>
    <message>
        <source>Left after approval</source>
        <translation>Solde après validation</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation>Dernière décision</translation>
    </message>
    <message>
        <source>%1 morning</source>
        <translation>%1 matin</translation>
    </message>
    <message>
        <source>%1 afternoon</source>
        <translation>%1 après-midi</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Leave given back</source>
        <translation>Jours rendus</translation>
    </message>
    <message>
        <source>%1 withdrawn</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Approved request</source>
        <translation>Demande validée</translation>
    </message>
    <message>
        <source>Cancelled leave</source>
        <translation>Congé annulé</translation>
    </message>
    <message>
        <source>Counted again after a calendar or working time change</source>
        <translation>Recalculé après une modification du calendrier ou du temps de travail</translation>
    </message>
    <message>
        <source>Entered by HR</source>
        <translation>Saisi par les RH</translation>
    </message>
    <message>
        <source>Year-end closing</source>
        <translation>Clôture annuelle</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>The agent&apos;s balance of this type for the year once the decision is written</source>
        <translation>Le solde de l&apos;agent pour ce type et cette année une fois la décision enregistrée</translation>
    </message>
    <message>
        <source>Counted again on</source>
        <translation>Recalculé le</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, du %2 au %3 (%4)</translation>
    </message>
    <message>
        <source>not worked</source>
        <translation>non travaillé</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>%1: nobody works</source>
        <translation>%1&#xa0;: personne ne travaille</translation>
    </message>
    <message>
        <source>%1: %2 present in the morning, %3 in the afternoon</source>
        <translation>%1&#xa0;: %2 présent(s) le matin, %3 l&apos;après-midi</translation>
    </message>
    <message>
        <source>Minimum staffing: %1</source>
        <translation>Effectif minimum&#xa0;: %1</translation>
    </message>
    <message>
        <source>Morning: %1</source>
        <translation>Matin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Afternoon: %1</source>
        <translation>Après-midi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Agents present each day; minimum staffing %1</source>
        <translation>Agents présents chaque jour&#xa0;; effectif minimum&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agents present each day</source>
        <translation>Agents présents chaque jour</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>%1: rights</source>
        <translation>%1&#xa0;: droits</translation>
    </message>
    <message>
        <source>%1: taken</source>
        <translation>%1&#xa0;: pris</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1&#xa0;: en attente</translation>
    </message>
    <message>
        <source>%1: left</source>
        <translation>%1&#xa0;: solde</translation>
    </message>
    <message>
        <source>The leave could not be read: %1</source>
        <translation>Les congés n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>%1 (calendar days)</source>
        <translation>%1 (jours calendaires)</translation>
    </message>
    <message>
        <source>%1 (working days)</source>
        <translation>%1 (jours ouvrés)</translation>
    </message>
    <message>
        <source>Leave — %1</source>
        <translation>Congés — %1</translation>
    </message>
    <message>
        <source>My team&apos;s leave</source>
        <translation>Congés de mon équipe</translation>
    </message>
    <message>
        <source>This request is no longer in the file.</source>
        <translation>Cette demande ne figure plus dans le fichier.</translation>
    </message>
    <message>
        <source>The days off could not be read: %1</source>
        <translation>Les jours chômés n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The day off could not be saved: %1</source>
        <translation>Le jour chômé n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The day off could not be removed: %1</source>
        <translation>Le jour chômé n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The delegations could not be read: %1</source>
        <translation>Les délégations n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The delegation could not be saved: %1</source>
        <translation>La délégation n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The delegation could not be ended: %1</source>
        <translation>La délégation n&apos;a pas pu être arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This delegation is no longer in the file.</source>
        <translation>Cette délégation ne figure plus dans le fichier.</translation>
    </message>
    <message>
        <source>This delegation is already over.</source>
        <translation>Cette délégation est déjà terminée.</translation>
    </message>
    <message>
        <source>The agent files could not be read: %1</source>
        <translation>Les dossiers des agents n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Whose leave you decide on could not be read: %1</source>
        <translation>Les agents dont vous validez les congés n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Attribution des droits</translation>
    </message>
    <message>
        <source>Leave taken</source>
        <translation>Congé pris</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Régularisation</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Time savings account deposit</source>
        <translation>Versement au CET</translation>
    </message>
    <message>
        <source>The ledger could not be written: %1</source>
        <translation>Les écritures n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>already written</source>
        <translation>déjà enregistrée</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>The ledger could not be read: %1</source>
        <translation>Les écritures n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ledger changed since the preview (a synchronisation brought another run of %1): preview again.</source>
        <translation>Les écritures ont changé depuis l&apos;aperçu (une synchronisation a apporté une autre exécution de %1)&#xa0;: affichez de nouveau l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Replaced by a new run of %1</source>
        <translation>Remplacée par une nouvelle exécution de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to write</source>
        <translation>
            <numerusform>%n écriture à enregistrer</numerusform>
            <numerusform>%n écritures à enregistrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already written</source>
        <translation>
            <numerusform>%n déjà enregistrée</numerusform>
            <numerusform>%n déjà enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>total: %1</source>
        <translation>total&#xa0;: %1</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(avant&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>days off changed</source>
        <translation>jours chômés modifiés</translation>
    </message>
    <message>
        <source>working time changed</source>
        <translation>temps de travail modifié</translation>
    </message>
    <message>
        <source>public holiday settings changed</source>
        <translation>paramétrage des jours fériés modifié</translation>
    </message>
    <message>
        <source>The recount queue could not be read: %1</source>
        <translation>La file des recalculs n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The working times could not be read: %1</source>
        <translation>Les temps de travail n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Les demandes n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request could not be updated: %1</source>
        <translation>La demande n&apos;a pas pu être mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counted again (%1): %2 instead of %3</source>
        <translation>Recalculée (%1)&#xa0;: %2 au lieu de %3</translation>
    </message>
    <message>
        <source>The request&apos;s history could not be written: %1</source>
        <translation>L&apos;historique de la demande n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recount could not be recorded: %1</source>
        <translation>Le recalcul n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>A request is written by its own agent.</source>
        <translation>Une demande est rédigée par l&apos;agent lui-même.</translation>
    </message>
    <message>
        <source>Only a draft can be changed.</source>
        <translation>Seul un brouillon peut être modifié.</translation>
    </message>
    <message>
        <source>Only HR enters leave for an agent.</source>
        <translation>Seuls les RH saisissent un congé pour un agent.</translation>
    </message>
    <message>
        <source>HR does not enter its own leave: another HR officer does.</source>
        <translation>Les RH ne saisissent pas leurs propres congés&#xa0;: un autre gestionnaire RH s&apos;en charge.</translation>
    </message>
    <message>
        <source>Say why the request is refused: the agent will read it.</source>
        <translation>Indiquez pourquoi la demande est refusée&#xa0;: l&apos;agent le lira.</translation>
    </message>
    <message>
        <source>The request could not be saved: %1</source>
        <translation>La demande n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allocations of %1</source>
        <translation>Attribution des droits %1</translation>
    </message>
    <message>
        <source>The leave types &quot;annual&quot; and &quot;rtt&quot; are missing from the file.</source>
        <translation>Les types de congé «&#xa0;annual&#xa0;» et «&#xa0;rtt&#xa0;» manquent dans le fichier.</translation>
    </message>
    <message>
        <source>no working time in the file: no leave allocated.</source>
        <translation>aucun temps de travail dans le dossier&#xa0;: aucun congé attribué.</translation>
    </message>
    <message>
        <source>Right of the year</source>
        <translation>Droit de l&apos;année</translation>
    </message>
    <message>
        <source>Right of the year, pro rata of the time employed</source>
        <translation>Droit de l&apos;année, au prorata de la durée d&apos;emploi</translation>
    </message>
    <message>
        <source>already holds %1 allocated otherwise for %2: check it is not counted twice.</source>
        <translation>a déjà %1 de %2 attribués par ailleurs&#xa0;: vérifiez qu&apos;ils ne sont pas comptés deux fois.</translation>
    </message>
    <message>
        <source>annual leave</source>
        <translation>congés annuels</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Choose a type of leave that has a balance.</source>
        <translation>Choisissez un type de congé qui a un solde.</translation>
    </message>
    <message>
        <source>The year %1 is not valid.</source>
        <translation>L&apos;année %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Give the number of days to add (or, negative, to take back).</source>
        <translation>Indiquez le nombre de jours à ajouter (ou, en négatif, à retirer).</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the agent&apos;s ledger.</source>
        <translation>Indiquez le motif&#xa0;: il est conservé dans le compte de congés de l&apos;agent.</translation>
    </message>
    <message>
        <source>Choose an agent.</source>
        <translation>Choisissez un agent.</translation>
    </message>
    <message>
        <source>The leave types &quot;annual&quot; and &quot;tsa&quot; are missing from the file.</source>
        <translation>Les types de congé «&#xa0;annual&#xa0;» et «&#xa0;tsa&#xa0;» manquent dans le fichier.</translation>
    </message>
    <message>
        <source>Only annual leave, split-leave days and RTT go onto the time savings account.</source>
        <translation>Seuls les congés annuels, les jours de fractionnement et les RTT peuvent alimenter le compte épargne-temps.</translation>
    </message>
    <message>
        <source>Deposit whole or half days.</source>
        <translation>Versez des journées entières ou des demi-journées.</translation>
    </message>
    <message>
        <source>%1 is closed: what was left of it has expired.</source>
        <translation>L&apos;exercice %1 est clôturé&#xa0;: son reliquat a expiré.</translation>
    </message>
    <message>
        <source>Only %1 of %2 %3 are left (requests waiting for a decision included).</source>
        <translation>Il ne reste que %1 de %2 %3 (demandes en attente de décision comprises).</translation>
    </message>
    <message>
        <source>%1 of annual leave taken in %2: at least %3 must be taken in the year before any annual leave goes onto the account.</source>
        <translation>%1 de congés annuels pris en %2&#xa0;: au moins %3 doivent être pris dans l&apos;année avant tout versement de congés annuels sur le compte.</translation>
    </message>
    <message>
        <source>The account holds %1: at most %2 more can go on it (ceiling %3 days).</source>
        <translation>Le compte contient %1&#xa0;: %2 au plus peuvent encore y être versés (plafond de %3 jours).</translation>
    </message>
    <message>
        <source>At most %1 can go onto the account.</source>
        <translation>%1 au plus peuvent être versés sur le compte.</translation>
    </message>
    <message>
        <source>%1 %2 onto the time savings account</source>
        <translation>%1 %2 versés au compte épargne-temps</translation>
    </message>
    <message>
        <source>Closing of %1</source>
        <translation>Clôture de %1</translation>
    </message>
    <message>
        <source>%1 is not over: it can be closed from %2.</source>
        <translation>L&apos;année %1 n&apos;est pas terminée&#xa0;: elle pourra être clôturée à partir du %2.</translation>
    </message>
    <message>
        <source>The leave types &quot;annual&quot;, &quot;rtt&quot; and &quot;split_bonus&quot; are missing from the file.</source>
        <translation>Les types de congé «&#xa0;annual&#xa0;», «&#xa0;rtt&#xa0;» et «&#xa0;split_bonus&#xa0;» manquent dans le fichier.</translation>
    </message>
    <message>
        <source>%1 is already closed: run its closing again after this one.</source>
        <translation>L&apos;exercice %1 est déjà clôturé&#xa0;: relancez sa clôture après celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of the year still wait for a decision.</source>
        <translation>
            <numerusform>%n demande de l&apos;année attend encore une décision.</numerusform>
            <numerusform>%n demandes de l&apos;année attendent encore une décision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left on %1: nothing is carried into %2; untaken annual leave is paid, up to 4 weeks.</source>
        <translation>Parti(e) le %1&#xa0;: rien n&apos;est reporté sur %2&#xa0;; les congés annuels non pris sont indemnisés, dans la limite de 4 semaines.</translation>
    </message>
    <message>
        <source>RTT of %1 not taken</source>
        <translation>RTT %1 non pris</translation>
    </message>
    <message>
        <source>%1 day(s) of annual leave taken outside 1 May–31 October %2</source>
        <translation>%1 jour(s) de congés annuels pris hors période du 1er mai au 31 octobre %2</translation>
    </message>
    <message>
        <source>Split-leave days of %1 not taken</source>
        <translation>Jours de fractionnement %1 non pris</translation>
    </message>
    <message>
        <source>Annual leave of %1 not taken, of which %2 carried over and not taken in time</source>
        <translation>Congés annuels %1 non pris, dont %2 reportés et non pris à temps</translation>
    </message>
    <message>
        <source>Annual leave of %1 not taken</source>
        <translation>Congés annuels %1 non pris</translation>
    </message>
    <message>
        <source>%1 of %2 is below zero (%3): nothing expires, HR decides.</source>
        <translation>Le solde de %1 %2 est négatif (%3)&#xa0;: rien n&apos;expire, les RH décident.</translation>
    </message>
    <message>
        <source>Could not be saved: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The units could not be read: %1</source>
        <translation>Les services n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every request waiting in the town (standing in for a head)</source>
        <translation>Toutes les demandes en attente de la commune (en remplacement d&apos;un chef de service)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Cancel the leave</source>
        <translation>&amp;Annuler le congé</translation>
    </message>
    <message>
        <source>&amp;Keep the leave</source>
        <translation>&amp;Maintenir le congé</translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation>&amp;Déléguer…</translation>
    </message>
    <message>
        <source>Requests waiting for your decision</source>
        <translation>Demandes en attente de votre décision</translation>
    </message>
    <message>
        <source>The agent asked to cancel this approved leave: give the days back</source>
        <translation>L&apos;agent a demandé l&apos;annulation de ce congé validé&#xa0;: rendre les jours</translation>
    </message>
    <message>
        <source>Refuse the cancellation: the leave stays approved</source>
        <translation>Refuser l&apos;annulation&#xa0;: le congé reste validé</translation>
    </message>
    <message>
        <source>Let a deputy decide for your units while you are away</source>
        <translation>Laisser un suppléant décider pour vos services pendant votre absence</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Why? The agent will read it.</source>
        <translation>Pourquoi&#xa0;? L&apos;agent le lira.</translation>
    </message>
    <message>
        <source>What became of each request</source>
        <translation>Suite donnée à chaque demande</translation>
    </message>
    <message>
        <source>The team around these dates</source>
        <translation>L&apos;équipe autour de ces dates</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Outlined: the requests selected, counted as approved in the present row.</source>
        <translation>Encadrées&#xa0;: les demandes sélectionnées, comptées comme validées dans la ligne Présents.</translation>
    </message>
    <message>
        <source>No request waits for your decision.</source>
        <translation>Aucune demande n&apos;attend votre décision.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for your decision</source>
        <translation>
            <numerusform>%n demande en attente de votre décision</numerusform>
            <numerusform>%n demandes en attente de votre décision</numerusform>
        </translation>
    </message>
    <message>
        <source>You decide for %1 on behalf of %2 until %3.</source>
        <translation>Vous décidez pour %1 pour le compte de %2 jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>You act on behalf of %1.</source>
        <translation>Vous agissez pour le compte de %1.</translation>
    </message>
    <message>
        <source>Select a request to see who else is away around its dates.</source>
        <translation>Sélectionnez une demande pour voir qui d&apos;autre est absent autour de ses dates.</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1 (%2 present)</source>
        <translation>%1 (%2 présent(s))</translation>
    </message>
    <message>
        <source>If approved, %1 falls below its minimum staffing of %2: %3.</source>
        <translation>Si validé, %1 passe sous son effectif minimum de %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Enough agents stay present: the minimum staffing is %1.</source>
        <translation>Assez d&apos;agents restent présents&#xa0;: l&apos;effectif minimum est de %1.</translation>
    </message>
    <message>
        <source>No minimum staffing is set for this unit.</source>
        <translation>Aucun effectif minimum n&apos;est fixé pour ce service.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not done. %2</source>
        <translation>%1&#xa0;: non effectué. %2</translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation>&amp;Déléguer</translation>
    </message>
    <message>
        <source>&amp;End now</source>
        <translation>&amp;Mettre fin</translation>
    </message>
    <message>
        <source>Delegate my leave decisions</source>
        <translation>Déléguer mes décisions de congés</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Suppléant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>The deputy stops deciding today; a delegation not yet started is removed</source>
        <translation>Le suppléant cesse de décider aujourd&apos;hui&#xa0;; une délégation pas encore commencée est supprimée</translation>
    </message>
    <message>
        <source>Delegations I gave</source>
        <translation>Délégations que j&apos;ai données</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>De&amp;puty</source>
        <translation>Su&amp;ppléant</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>Delegations you gave:</source>
        <translation>Délégations que vous avez données&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a deputy</source>
        <translation>Choisir un suppléant</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>You head no unit: there is nothing to delegate.</source>
        <translation>Vous ne dirigez aucun service&#xa0;: il n&apos;y a rien à déléguer.</translation>
    </message>
    <message>
        <source>Choose who decides while you are away.</source>
        <translation>Choisissez qui décide pendant votre absence.</translation>
    </message>
    <message>
        <source>Choose somebody other than yourself.</source>
        <translation>Choisissez une autre personne que vous-même.</translation>
    </message>
    <message>
        <source>The delegation cannot start in the past.</source>
        <translation>La délégation ne peut pas commencer dans le passé.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin est antérieure au début.</translation>
    </message>
    <message>
        <source>This deputy already decides for this unit on some of these days.</source>
        <translation>Ce suppléant décide déjà pour ce service certains de ces jours.</translation>
    </message>
    <message>
        <source>%1 decides for %2 from %3 to %4.</source>
        <translation>%1 décide pour %2 du %3 au %4.</translation>
    </message>
    <message>
        <source>The delegation ended yesterday: the deputy no longer decides.</source>
        <translation>La délégation a pris fin hier&#xa0;: le suppléant ne décide plus.</translation>
    </message>
    <message>
        <source>The delegation was removed.</source>
        <translation>La délégation a été supprimée.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>No agent found.</source>
        <translation>Aucun agent trouvé.</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Jours chômés</translation>
    </message>
    <message>
        <source>Recounts to review</source>
        <translation>Recalculs à vérifier</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Attribution des droits</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Jour chômé</translation>
    </message>
    <message>
        <source>Name, e.g. Bridge day of Ascension</source>
        <translation>Nom, p. ex. Pont de l&apos;Ascension</translation>
    </message>
    <message>
        <source>Name of the day off</source>
        <translation>Nom du jour chômé</translation>
    </message>
    <message>
        <source>Add the day off</source>
        <translation>Ajouter le jour chômé</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>a day off</comment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Leave counted again</source>
        <translation>Congés recalculés</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Days the mayor grants beyond the public holidays. Leave is not counted on them: adding or removing one counts again the leave it falls in.</source>
        <translation>Jours accordés par le maire en plus des jours fériés. Les congés n&apos;y sont pas décomptés&#xa0;: en ajouter ou en supprimer un recalcule les congés qui le comprennent.</translation>
    </message>
    <message>
        <source>Give the day off a name: agents see it in their calendar.</source>
        <translation>Donnez un nom au jour chômé&#xa0;: les agents le voient dans leur calendrier.</translation>
    </message>
    <message>
        <source>%1 is already a day off (%2).</source>
        <translation>Le %1 est déjà un jour chômé (%2).</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Jour chômé du %1 ajouté.</translation>
    </message>
    <message>
        <source>Remove a day off</source>
        <translation>Supprimer un jour chômé</translation>
    </message>
    <message>
        <source>Remove %1? The leave that falls on it is counted again.</source>
        <translation>Supprimer %1&#xa0;? Les congés qui tombent ce jour-là seront recalculés.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>The leave could not be counted again: %1</source>
        <translation>Les congés n&apos;ont pas pu être recalculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No leave request changes.</source>
        <translation>Aucune demande de congé ne change.</translation>
    </message>
    <message numerus="yes">
        <source>%n leave request(s) counted again:</source>
        <translation>
            <numerusform>%n demande de congé recalculée&#xa0;:</numerusform>
            <numerusform>%n demandes de congé recalculées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Marquer comme vérifié</translation>
    </message>
    <message>
        <source>Leave counted again after a change of the days off, of the public holiday settings or of an agent&apos;s working time. The request and the balance are already corrected; check each and mark it reviewed.</source>
        <translation>Congés recalculés après une modification des jours chômés, du paramétrage des jours fériés ou du temps de travail d&apos;un agent. La demande et le solde sont déjà corrigés&#xa0;; vérifiez chacun et marquez-le comme vérifié.</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n recount(s) to review</source>
        <translation>
            <numerusform>%n recalcul à vérifier</numerusform>
            <numerusform>%n recalculs à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Recounts to review (%1)</source>
        <translation>Recalculs à vérifier (%1)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>Clôturer l&apos;exercice</translation>
    </message>
    <message>
        <source>Choose the year and preview its closing: nothing is written before you confirm.</source>
        <translation>Choisissez l&apos;année et affichez l&apos;aperçu de sa clôture&#xa0;: rien n&apos;est enregistré avant votre confirmation.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Preview the closing of %1.</source>
        <translation>Affichez l&apos;aperçu de la clôture de %1.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Clôturer %1</translation>
    </message>
    <message numerus="yes">
        <source>Write %n line(s) into the ledger of %1 agent(s)? What is left of %2 expires, except what is carried over.</source>
        <translation>
            <numerusform>Enregistrer %n écriture dans les comptes de congés de %1 agent(s)&#xa0;? Ce qui reste de %2 expire, sauf ce qui est reporté.</numerusform>
            <numerusform>Enregistrer %n écritures dans les comptes de congés de %1 agent(s)&#xa0;? Ce qui reste de %2 expire, sauf ce qui est reporté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 closed: %n line(s) written.</source>
        <translation>
            <numerusform>Exercice %1 clôturé&#xa0;: %n écriture enregistrée.</numerusform>
            <numerusform>Exercice %1 clôturé&#xa0;: %n écritures enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the allocations</source>
        <translation>Attribuer les droits</translation>
    </message>
    <message>
        <source>Annual leave and RTT of every agent for the year, from their working time. Run again after a change: only the difference is written.</source>
        <translation>Congés annuels et RTT de chaque agent pour l&apos;année, d&apos;après son temps de travail. Relancez après une modification&#xa0;: seule la différence est enregistrée.</translation>
    </message>
    <message>
        <source> d</source>
        <translation> j</translation>
    </message>
    <message>
        <source>Days, negative to take back</source>
        <translation>Jours, en négatif pour retirer</translation>
    </message>
    <message>
        <source>Required: kept in the agent&apos;s ledger</source>
        <translation>Obligatoire&#xa0;: conservé dans le compte de congés de l&apos;agent</translation>
    </message>
    <message>
        <source>Record the adjustment</source>
        <translation>Enregistrer la régularisation</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent&#xa0;:</translation>
    </message>
    <message>
        <source>Leave:</source>
        <translation>Congé&#xa0;:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Time savings account deposit</source>
        <comment>a box&apos;s title</comment>
        <translation>Versement au compte épargne-temps</translation>
    </message>
    <message>
        <source>Days to deposit</source>
        <translation>Jours à verser</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Verser</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Prélevé sur&#xa0;:</translation>
    </message>
    <message>
        <source>Of the year:</source>
        <translation>De l&apos;année&#xa0;:</translation>
    </message>
    <message>
        <source>Preview the allocations of %1.</source>
        <translation>Affichez l&apos;aperçu de l&apos;attribution des droits %1.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n line(s) into the ledger of %1 agent(s)?</source>
        <translation>
            <numerusform>Enregistrer %n écriture dans les comptes de congés de %1 agent(s)&#xa0;?</numerusform>
            <numerusform>Enregistrer %n écritures dans les comptes de congés de %1 agent(s)&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allocations of %1: %n line(s) written.</source>
        <translation>
            <numerusform>Attribution des droits %1&#xa0;: %n écriture enregistrée.</numerusform>
            <numerusform>Attribution des droits %1&#xa0;: %n écritures enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 of %2 %3. Available now: %4.</source>
        <translation>Enregistré&#xa0;: %1 de %2 %3. Disponible désormais&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Refusé&#xa0;:</translation>
    </message>
    <message>
        <source>Deposited. The account holds %1.</source>
        <translation>Versement effectué. Le compte contient %1.</translation>
    </message>
    <message>
        <source>Name or registration number</source>
        <translation>Nom ou matricule</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only the lines to write</source>
        <translation>Seulement les écritures à enregistrer</translation>
    </message>
    <message>
        <source>To check before writing</source>
        <translation>À vérifier avant d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Lines of the ledger, by agent</source>
        <translation>Écritures, par agent</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message numerus="yes">
        <source>%n to write</source>
        <translation>
            <numerusform>%n à enregistrer</numerusform>
            <numerusform>%n à enregistrer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 calendar day</source>
        <translation>%1 jour calendaire</translation>
    </message>
    <message>
        <source>%1 calendar days</source>
        <translation>%1 jours calendaires</translation>
    </message>
    <message>
        <source>%1 working day</source>
        <translation>%1 jour ouvré</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Attach a document...</source>
        <translation>&amp;Joindre un document...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New leave request</source>
        <translation>Nouvelle demande de congé</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>Type de congé</translation>
    </message>
    <message>
        <source>First day: whole day or afternoon only</source>
        <translation>Premier jour&#xa0;: journée entière ou après-midi seulement</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>Afternoon only</source>
        <translation>Après-midi seulement</translation>
    </message>
    <message>
        <source>Last day: whole day or morning only</source>
        <translation>Dernier jour&#xa0;: journée entière ou matin seulement</translation>
    </message>
    <message>
        <source>Morning only</source>
        <translation>Matin seulement</translation>
    </message>
    <message>
        <source>Duration counted</source>
        <translation>Durée décomptée</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Attach a supporting document</source>
        <translation>Joindre un justificatif</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Retirer le document</translation>
    </message>
    <message>
        <source>Comment for your head</source>
        <translation>Commentaire pour votre chef de service</translation>
    </message>
    <message>
        <source>Optional: a word for whoever decides</source>
        <translation>Facultatif&#xa0;: un mot pour la personne qui décide</translation>
    </message>
    <message>
        <source>&amp;Leave:</source>
        <translation>&amp;Congé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;st day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Co&amp;mmentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Justificatif&#xa0;:</translation>
    </message>
    <message>
        <source>Leave request (draft)</source>
        <translation>Demande de congé (brouillon)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Jours non décomptés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 rights: &lt;b&gt;%2&lt;/b&gt; before this request, &lt;b&gt;%3&lt;/b&gt; after it.</source>
        <translation>Droits %1&#xa0;: &lt;b&gt;%2&lt;/b&gt; avant cette demande, &lt;b&gt;%3&lt;/b&gt; après.</translation>
    </message>
    <message>
        <source>Your other requests waiting for a decision already count for %1.</source>
        <translation>Vos autres demandes en attente d&apos;une décision comptent déjà pour %1.</translation>
    </message>
    <message>
        <source>No balance for this leave: at most %1 each time.</source>
        <translation>Pas de solde pour ce congé&#xa0;: %1 au plus à chaque fois.</translation>
    </message>
    <message>
        <source>No balance is kept for this leave.</source>
        <translation>Aucun solde n&apos;est tenu pour ce congé.</translation>
    </message>
    <message>
        <source>No document attached</source>
        <translation>Aucun document joint</translation>
    </message>
    <message>
        <source>Correct what is shown in red first.</source>
        <translation>Corrigez d&apos;abord ce qui est indiqué en rouge.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Steps of the request</source>
        <translation>Étapes de la demande</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Pour le compte de</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Draft written</source>
        <translation>Brouillon rédigé</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Approved by the head, sent to HR</source>
        <translation>Validée par le chef de service, transmise aux RH</translation>
    </message>
    <message>
        <source>Cancellation refused</source>
        <translation>Annulation refusée</translation>
    </message>
    <message>
        <source>Entered by HR</source>
        <comment>a request</comment>
        <translation>Saisie par les RH</translation>
    </message>
    <message>
        <source>Counted again</source>
        <translation>Recalculée</translation>
    </message>
    <message>
        <source>&amp;New type</source>
        <translation>&amp;Nouveau type</translation>
    </message>
    <message>
        <source>Counted against a balance (rights in the ledger)</source>
        <translation>Décompté d&apos;un solde (droits dans le compte de congés)</translation>
    </message>
    <message>
        <source>A supporting document is required</source>
        <translation>Un justificatif est exigé</translation>
    </message>
    <message>
        <source>Entered by HR only</source>
        <translation>Saisi par les RH uniquement</translation>
    </message>
    <message>
        <source>Earns split-leave bonus days outside 1 May–31 October</source>
        <translation>Ouvre droit aux jours de fractionnement hors période du 1er mai au 31 octobre</translation>
    </message>
    <message>
        <source>Reduces RTT at year end (absence)</source>
        <translation>Réduit les RTT en fin d&apos;année (absence)</translation>
    </message>
    <message>
        <source>Can be asked for</source>
        <translation>Peut être demandé</translation>
    </message>
    <message>
        <source>Working days (the agent&apos;s own week, without holidays)</source>
        <translation>Jours ouvrés (semaine de l&apos;agent, hors jours fériés)</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Jours calendaires</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Chef de service</translation>
    </message>
    <message>
        <source>Department head, then HR</source>
        <translation>Chef de service, puis RH</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Co&amp;uleur&#xa0;:</translation>
    </message>
    <message>
        <source>Counted in:</source>
        <translation>Décompté en&#xa0;:</translation>
    </message>
    <message>
        <source>Smallest unit:</source>
        <translation>Unité minimale&#xa0;:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Validation&#xa0;:</translation>
    </message>
    <message>
        <source>Days per request at most:</source>
        <translation>Maximum de jours par demande&#xa0;:</translation>
    </message>
    <message>
        <source>Consecutive days at most:</source>
        <translation>Maximum de jours consécutifs&#xa0;:</translation>
    </message>
    <message>
        <source>The special leave (ASA) and their days are the council&apos;s decision. A type already used cannot be deleted: untick “Can be asked for”.</source>
        <translation>Les autorisations spéciales d&apos;absence (ASA) et leur nombre de jours relèvent d&apos;une délibération du conseil. Un type déjà utilisé ne peut pas être supprimé&#xa0;: décochez «&#xa0;Peut être demandé&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>Nouveau type</translation>
    </message>
    <message>
        <source>A type has no label.</source>
        <translation>Un type n&apos;a pas de libellé.</translation>
    </message>
    <message>
        <source>%1: the code is lower-case letters, digits and _ (e.g. “moving_house”).</source>
        <translation>%1&#xa0;: le code ne contient que des minuscules, des chiffres et _ (p. ex. «&#xa0;demenagement&#xa0;»).</translation>
    </message>
    <message>
        <source>%1: the code “%2” is already used.</source>
        <translation>%1&#xa0;: le code «&#xa0;%2&#xa0;» est déjà utilisé.</translation>
    </message>
    <message>
        <source>%1: the colour is written #RRGGBB.</source>
        <translation>%1&#xa0;: la couleur s&apos;écrit #RRVVBB.</translation>
    </message>
    <message>
        <source>E&amp;xport to my calendar (.ics)...</source>
        <translation>E&amp;xporter vers mon agenda (.ics)...</translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation>&amp;Nouvelle demande...</translation>
    </message>
    <message>
        <source>My balances</source>
        <translation>Mes soldes</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>&amp;Edit the draft...</source>
        <translation>&amp;Modifier le brouillon...</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Ask for &amp;cancellation...</source>
        <translation>Demander l&apos;ann&amp;ulation...</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Print the &amp;form...</source>
        <translation>Imprimer le &amp;formulaire...</translation>
    </message>
    <message>
        <source>Lines of my leave account</source>
        <translation>Écritures de mon compte de congés</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Export my approved leave to a calendar file</source>
        <translation>Exporter mes congés validés dans un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Your approved leave of the year shown, as a file (.ics) for Outlook, Thunderbird or your phone</source>
        <translation>Vos congés validés de l&apos;année affichée, dans un fichier (.ics) pour Outlook, Thunderbird ou votre téléphone</translation>
    </message>
    <message>
        <source>Your account is not linked to an agent file on this computer: your leave appears after the next synchronisation, or once HR links your account.</source>
        <translation>Votre compte n&apos;est pas lié à un dossier d&apos;agent sur cet ordinateur&#xa0;: vos congés apparaîtront après la prochaine synchronisation, ou une fois que les RH auront lié votre compte.</translation>
    </message>
    <message>
        <source>Print the leave request form</source>
        <translation>Imprimer le formulaire de demande de congé</translation>
    </message>
    <message>
        <source>The leave request form of the selected request, to print or save as PDF</source>
        <translation>Le formulaire de la demande sélectionnée, à imprimer ou à enregistrer en PDF</translation>
    </message>
    <message>
        <source>Each line adds to your rights or takes from them; a balance is their sum. Open a line to see its request.</source>
        <translation>Chaque écriture ajoute à vos droits ou en retire&#xa0;; un solde en est la somme. Ouvrez une écriture pour voir sa demande.</translation>
    </message>
    <message>
        <source>My &amp;requests</source>
        <translation>Mes d&amp;emandes</translation>
    </message>
    <message>
        <source>Balance &amp;details</source>
        <translation>&amp;Détail des soldes</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1</source>
        <translation>
            <numerusform>%n demande en %1</numerusform>
            <numerusform>%n demandes en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No leave rights are recorded for %1 yet: HR allocates them for each year.</source>
        <translation>Aucun droit à congé n&apos;est encore enregistré pour %1&#xa0;: les RH les attribuent chaque année.</translation>
    </message>
    <message>
        <source>Discard the &amp;draft</source>
        <translation>Supprimer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Draft saved. Submit it when it is ready: nobody sees it until then.</source>
        <translation>Brouillon enregistré. Envoyez-le quand il est prêt&#xa0;: personne ne le voit d&apos;ici là.</translation>
    </message>
    <message>
        <source>Recorded: this leave needs no approval.</source>
        <translation>Enregistré&#xa0;: ce congé ne demande pas de validation.</translation>
    </message>
    <message>
        <source>Request sent: %1.</source>
        <translation>Demande envoyée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <source>Discard this draft? It will not be sent.</source>
        <translation>Supprimer ce brouillon&#xa0;? Il ne sera pas envoyé.</translation>
    </message>
    <message>
        <source>Withdraw your request for %1? Your head will no longer see it.</source>
        <translation>Retirer votre demande (%1)&#xa0;? Votre chef de service ne la verra plus.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <source>Request withdrawn.</source>
        <translation>Demande retirée.</translation>
    </message>
    <message>
        <source>Your leave %1 stays approved until your head agrees to cancel it. Why do you ask? (optional)</source>
        <translation>Votre congé (%1) reste validé tant que votre chef de service n&apos;a pas accepté de l&apos;annuler. Pourquoi demandez-vous son annulation&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>Cancellation asked: your head decides.</source>
        <translation>Annulation demandée&#xa0;: votre chef de service décide.</translation>
    </message>
    <message>
        <source>Choose a request first.</source>
        <translation>Choisissez d&apos;abord une demande.</translation>
    </message>
    <message>
        <source>leave-%1</source>
        <comment>file name of the calendar export</comment>
        <translation>conges-%1</translation>
    </message>
    <message numerus="yes">
        <source>%n approved leave period(s) of %1 written to %2: open this file with your calendar to add them.</source>
        <translation>
            <numerusform>%n période de congé validée de %1 écrite dans %2&#xa0;: ouvrez ce fichier avec votre agenda pour l&apos;ajouter.</numerusform>
            <numerusform>%n périodes de congé validées de %1 écrites dans %2&#xa0;: ouvrez ce fichier avec votre agenda pour les ajouter.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have no approved leave in %1: there is nothing to put in a calendar.</source>
        <translation>Vous n&apos;avez aucun congé validé en %1&#xa0;: il n&apos;y a rien à mettre dans un agenda.</translation>
    </message>
    <message>
        <source>Export my leave to a calendar</source>
        <translation>Exporter mes congés vers un agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Export (.ics)…</source>
        <translation>Exporter (.ics)…</translation>
    </message>
    <message>
        <source>Balances (CSV)…</source>
        <translation>Soldes (CSV)…</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Export the month&apos;s approved leave to a calendar file</source>
        <translation>Exporter les congés validés du mois dans un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>The approved leave of this unit in the month shown, as a file (.ics) for Outlook, Thunderbird or a phone</source>
        <translation>Les congés validés de ce service pour le mois affiché, dans un fichier (.ics) pour Outlook, Thunderbird ou un téléphone</translation>
    </message>
    <message>
        <source>Export the leave balances of the unit</source>
        <translation>Exporter les soldes de congés du service</translation>
    </message>
    <message>
        <source>You decide on nobody&apos;s leave: there is no team calendar to show.</source>
        <translation>Vous ne décidez des congés de personne&#xa0;: il n&apos;y a pas de planning d&apos;équipe à afficher.</translation>
    </message>
    <message>
        <source>No agent in this unit.</source>
        <translation>Aucun agent dans ce service.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s). No minimum staffing is set for this unit.</source>
        <translation>
            <numerusform>%n agent. Aucun effectif minimum n&apos;est fixé pour ce service.</numerusform>
            <numerusform>%n agents. Aucun effectif minimum n&apos;est fixé pour ce service.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s). Minimum staffing: %1 present.</source>
        <translation>
            <numerusform>%n agent. Effectif minimum&#xa0;: %1 présent(s).</numerusform>
            <numerusform>%n agents. Effectif minimum&#xa0;: %1 présent(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Below it on %1.</source>
        <translation>En dessous les %1.</translation>
    </message>
    <message>
        <source>The leave balances of this unit&apos;s agents for %1, for a spreadsheet (CSV)</source>
        <translation>Les soldes de congés des agents de ce service pour %1, pour un tableur (CSV)</translation>
    </message>
    <message>
        <source>leave-%1-%2</source>
        <comment>file name of the calendar export</comment>
        <translation>conges-%1-%2</translation>
    </message>
    <message>
        <source>balances-%1-%2</source>
        <comment>file name of the balances export</comment>
        <translation>soldes-%1-%2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Nobody in %1 has approved leave in %2: there is nothing to put in a calendar.</source>
        <translation>Aucun agent de %1 n&apos;a de congé validé en %2&#xa0;: il n&apos;y a rien à mettre dans un agenda.</translation>
    </message>
    <message>
        <source>Export the team&apos;s leave</source>
        <translation>Exporter les congés de l&apos;équipe</translation>
    </message>
    <message>
        <source>Export the leave balances</source>
        <translation>Exporter les soldes de congés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>hatched: waiting for a decision</source>
        <translation>hachuré&#xa0;: en attente de décision</translation>
    </message>
    <message>
        <source>white line: cancellation asked</source>
        <translation>trait blanc&#xa0;: annulation demandée</translation>
    </message>
    <message>
        <source>weekend, public holiday, day off</source>
        <translation>week-end, jour férié, jour chômé</translation>
    </message>
    <message>
        <source>present, in red below the minimum</source>
        <translation>présents, en rouge sous le minimum</translation>
    </message>
    <message>
        <source>The document&apos;s name is %1 characters long: at most %2.</source>
        <translation>Le nom du document compte %1 caractères&#xa0;: %2 au plus.</translation>
    </message>
    <message>
        <source>The document&apos;s name may not hold a folder or a control character.</source>
        <translation>Le nom du document ne peut contenir ni dossier ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>The document must be a PDF, JPEG or PNG file.</source>
        <translation>Le document doit être un fichier PDF, JPEG ou PNG.</translation>
    </message>
    <message>
        <source>The comment is %1 characters long: at most %2.</source>
        <translation>Le commentaire compte %1 caractères&#xa0;: %2 au plus.</translation>
    </message>
    <message>
        <source>The name of the day off is %1 characters long: at most %2.</source>
        <translation>Le nom du jour chômé compte %1 caractères&#xa0;: %2 au plus.</translation>
    </message>
    <message>
        <source>A delegation lasts at most a year: end it before %1.</source>
        <translation>Une délégation dure un an au plus&#xa0;: terminez-la avant le %1.</translation>
    </message>
    <message>
        <source>You keep at most %1 drafts: submit or delete one first.</source>
        <translation>Vous gardez %1 brouillons au plus&#xa0;: envoyez-en ou supprimez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>The ledger could not be read.</source>
        <translation>Le compte de congés n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long: at most %2.</source>
        <translation>Le motif compte %1 caractères&#xa0;: %2 au plus.</translation>
    </message>
    <message>
        <source>A type&apos;s label holds at most %1 characters, its code %2.</source>
        <translation>Le libellé d&apos;un type compte %1 caractères au plus, son code %2.</translation>
    </message>
    <message>
        <source>Closes a year: RTT lost for absences (a debit on next year when already taken), split-leave days, carry-over after health or family leave, expiry except carried days never announced (run again: only what changed).</source>
        <translation>Clôt une année&#xa0;: RTT perdus pour absences (un débit sur l&apos;année suivante s&apos;ils sont déjà pris), jours de fractionnement, report après un congé de maladie ou familial, expiration sauf pour les jours reportés jamais annoncés (relancée&#xa0;: seulement ce qui a changé).</translation>
    </message>
    <message>
        <source>Your balances of the year, your requests and what became of them.

New request: choose the type and the days (typed, e.g. 03/12/2026, or from the calendar); the days counted and the balance after are shown before you send. Your head decides; the column Last decision says who decided, when, and why.

An approved leave you no longer take: ask for its cancellation.</source>
        <translation>Vos soldes de l&apos;année, vos demandes et ce qu&apos;elles sont devenues.

Nouvelle demande&#xa0;: choisissez le type et les jours (tapés, par exemple 03/12/2026, ou dans le calendrier)&#xa0;; les jours décomptés et le solde après sont affichés avant l&apos;envoi. Votre responsable décide&#xa0;; la colonne Dernière décision dit qui a décidé, quand et pourquoi.

Un congé accordé que vous ne prenez plus&#xa0;: demandez son annulation.</translation>
    </message>
    <message>
        <source>Who is away in your units, day by day. The row Present counts the agents who work that day; it turns red below the unit&apos;s minimum staffing.</source>
        <translation>Qui est absent dans vos unités, jour par jour. La ligne Présents compte les agents qui travaillent ce jour-là&#xa0;; elle passe en rouge sous l&apos;effectif minimum de l&apos;unité.</translation>
    </message>
    <message>
        <source>HR&apos;s leave work: the rights of the year, days off of the town, recounts after a change of working time, and the year-end closing.</source>
        <translation>Le travail des RH sur les congés&#xa0;: les droits de l&apos;année, les jours accordés par la commune, les recalculs après un changement de temps de travail, et la clôture de fin d&apos;année.</translation>
    </message>
    <message>
        <source>The requests waiting for your decision, with what the agent wrote and their balance once approved. Select one or several, then Approve or Refuse (a refusal needs a reason, which the agent reads).

Below the list, the team around the selected dates: who else is away, and a warning if the unit would fall below its minimum staffing.

Away? Delegate your decisions to a deputy for a period.</source>
        <translation>Les demandes qui attendent votre décision, avec ce que l&apos;agent a écrit et son solde une fois accordée. Sélectionnez-en une ou plusieurs, puis Accorder ou Refuser (un refus demande un motif, que l&apos;agent lit).

Sous la liste, l&apos;équipe autour des dates choisies&#xa0;: qui d&apos;autre est absent, et une alerte si l&apos;unité passait sous son effectif minimum.

Absent&#xa0;? Déléguez vos décisions à un suppléant pour une période.</translation>
    </message>
    <message>
        <source>A decision came on your leave requests</source>
        <translation>Une décision est arrivée sur vos demandes de congé</translation>
    </message>
    <message>
        <source>Notices of carried-over leave to read</source>
        <translation>Avis de congés reportés à lire</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Accordée par %1 le %2</translation>
    </message>
    <message>
        <source>Approved by %1 on %2, sent to HR</source>
        <translation>Accordée par %1 le %2, transmise aux RH</translation>
    </message>
    <message>
        <source>Refused by %1 on %2</source>
        <translation>Refusée par %1 le %2</translation>
    </message>
    <message>
        <source>Cancellation accepted by %1 on %2</source>
        <translation>Annulation acceptée par %1 le %2</translation>
    </message>
    <message>
        <source>Cancellation refused by %1 on %2</source>
        <translation>Annulation refusée par %1 le %2</translation>
    </message>
    <message>
        <source>Entered by %1 (HR) on %2</source>
        <translation>Saisie par %1 (RH) le %2</translation>
    </message>
    <message>
        <source>Counted again on %1</source>
        <translation>Décomptée à nouveau le %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Agent&apos;s comment</source>
        <translation>Commentaire de l&apos;agent</translation>
    </message>
    <message>
        <source>Nobody decides on their own leave: another HR officer extends it.</source>
        <translation>Personne ne décide de ses propres congés&#xa0;: un autre agent des RH les prolonge.</translation>
    </message>
    <message>
        <source>An extension gives its reason (the decision), in at most 1000 characters.</source>
        <translation>Une prolongation donne son motif (la décision), en 1000 caractères au plus.</translation>
    </message>
    <message>
        <source>An extension of the leave carried out of %1 ends after 1 January %2.</source>
        <translation>Une prolongation des congés reportés de %1 prend fin après le 1er janvier %2.</translation>
    </message>
    <message>
        <source>The extension could not be recorded: %1</source>
        <translation>La prolongation n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The extensions of the carry-over could not be read: %1</source>
        <translation>Les prolongations de report n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The carried-over days could not be read: %1</source>
        <translation>Les jours reportés n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The notices could not be written.</source>
        <translation>Les avis n&apos;ont pas pu être écrits.</translation>
    </message>
    <message>
        <source>The notices could not be written: %1</source>
        <translation>Les avis n&apos;ont pas pu être écrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>The notices could not be read: %1</source>
        <translation>Les avis n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The notice could not be marked as read: %1</source>
        <translation>L&apos;avis n&apos;a pas pu être marqué comme lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>RTT lost for %1 day(s) of absence (one per %2 = %3 days worked / %4 RTT)</source>
        <translation>RTT perdus pour %1 jour(s) d&apos;absence (un par %2 = %3 jours travaillés / %4 RTT)</translation>
    </message>
    <message>
        <source>RTT lost for the absences of %1 beyond what was left of them (debit)</source>
        <translation>RTT perdus pour les absences de %1 au-delà de ce qu&apos;il en restait (débit)</translation>
    </message>
    <message>
        <source>%1 day(s) of RTT lost for the absences of %2 could not be taken back: they were already taken.</source>
        <translation>%1 jour(s) de RTT perdus pour les absences de %2 n&apos;ont pas pu être repris&#xa0;: ils étaient déjà pris.</translation>
    </message>
    <message>
        <source>%1 day(s) of RTT lost for the absences of %2 were already taken: a debit on %3.</source>
        <translation>%1 jour(s) de RTT perdus pour les absences de %2 étaient déjà pris&#xa0;: un débit sur %3.</translation>
    </message>
    <message>
        <source>carried over before</source>
        <translation>reportés auparavant</translation>
    </message>
    <message>
        <source>not taken before %1 day(s) of family leave</source>
        <translation>non pris avant %1 jour(s) de congé familial</translation>
    </message>
    <message>
        <source>not taken because of %1 day(s) of health leave (at most the unused part of 4 weeks, %2 already taken)</source>
        <translation>non pris en raison de %1 jour(s) de congé de maladie (au plus la part inutilisée de 4 semaines, %2 déjà pris)</translation>
    </message>
    <message>
        <source>Carried over (%1), valid until %2</source>
        <translation>Reportés (%1), valables jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>%1 day(s) carried over until %2 were never announced to the agent: they do not expire (Conseil d&apos;État, 17 October 2025). Extend their period and send the notice, then close %3 again.</source>
        <translation>%1 jour(s) reportés jusqu&apos;au %2 n&apos;ont jamais été annoncés à l&apos;agent&#xa0;: ils n&apos;expirent pas (Conseil d&apos;État, 17 octobre 2025). Prolongez leur période et envoyez l&apos;avis, puis clôturez à nouveau %3.</translation>
    </message>
    <message>
        <source>Inform the agents</source>
        <translation>Informer les agents</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Carried days</source>
        <translation>Jours reportés</translation>
    </message>
    <message>
        <source>Expire on</source>
        <translation>Expirent le</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Informé par</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <source>Read on</source>
        <translation>Lu le</translation>
    </message>
    <message>
        <source>The decision: its reference and why</source>
        <translation>La décision&#xa0;: sa référence et son motif</translation>
    </message>
    <message>
        <source>Leave carried out of:</source>
        <translation>Congés reportés de&#xa0;:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Carried-over days cannot be lost unless the agent was told, precisely and in good time, how many they hold and when they expire. Inform the agents: each gets a notice on their home page, which they can print; the list shows who was informed when and who read it. The closing keeps the days of an agent never informed and lists them.</source>
        <translation>Des jours reportés ne peuvent être perdus que si l&apos;agent a été informé, précisément et en temps utile, de leur nombre et de leur date d&apos;expiration. Informez les agents&#xa0;: chacun reçoit un avis sur sa page d&apos;accueil, qu&apos;il peut imprimer&#xa0;; la liste montre qui a été informé, quand, et qui l&apos;a lu. La clôture garde les jours d&apos;un agent jamais informé et les liste.</translation>
    </message>
    <message>
        <source>An exceptional decision may extend the 15 months of a carry-over: record it, then close the year the leave was carried out of again.</source>
        <translation>Une décision exceptionnelle peut prolonger les 15 mois d&apos;un report&#xa0;: enregistrez-la, puis clôturez à nouveau l&apos;année d&apos;où viennent les congés reportés.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) informed.</source>
        <translation>
            <numerusform>%n agent informé.</numerusform>
            <numerusform>%n agents informés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded. Close %1 again to move the carried days to %2.</source>
        <translation>Enregistré. Clôturez à nouveau %1 pour porter les jours reportés au %2.</translation>
    </message>
    <message>
        <source>Closing a year takes the RTT lost for absences (one day per days worked ÷ RTT days; what was already taken becomes a debit on next year), gives the split-leave days for leave taken outside 1 May–31 October (to next year), carries over the leave a health leave kept the agent from taking (the unused part of the first 4 weeks) or not taken before a family leave (uncapped), for 15 months from the return to work, and lets the rest expire, except carried days the agent was never informed of. It can be run again: only what changed since is written.</source>
        <translation>Clôturer une année retire les RTT perdus pour absences (un jour par jours travaillés ÷ jours de RTT&#xa0;; ce qui était déjà pris devient un débit sur l&apos;année suivante), accorde les jours de fractionnement pour les congés pris hors du 1er mai–31 octobre (sur l&apos;année suivante), reporte les congés qu&apos;un congé de maladie a empêché de prendre (la part inutilisée des 4 premières semaines) ou non pris avant un congé familial (sans plafond), pour 15 mois à compter de la reprise, et laisse expirer le reste, sauf les jours reportés dont l&apos;agent n&apos;a jamais été informé. Elle peut être relancée&#xa0;: seul ce qui a changé depuis est écrit.</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>En attente de votre décision</translation>
    </message>
    <message>
        <source>balance after: %1</source>
        <translation>solde après&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approve the request of %1</source>
        <translation>Accorder la demande de %1</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Refuse the request of %1</source>
        <translation>Refuser la demande de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more in “Leave to decide”, with the team calendar.</source>
        <translation>
            <numerusform>%n de plus dans «&#xa0;Congés à valider&#xa0;», avec le calendrier de l&apos;équipe.</numerusform>
            <numerusform>%n de plus dans «&#xa0;Congés à valider&#xa0;», avec le calendrier de l&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimer le courrier</translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>J&apos;en ai pris connaissance</translation>
    </message>
    <message>
        <source>You hold %1 of annual leave carried over, to take by %2: days not taken by then are lost.</source>
        <translation>Vous disposez de %1 de congés annuels reportés, à prendre avant le %2&#xa0;: les jours non pris à cette date sont perdus.</translation>
    </message>
    <message>
        <source>Carried-over leave</source>
        <translation>Congés reportés</translation>
    </message>
    <message>
        <source>Reload the request</source>
        <translation>Recharger la demande</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Show the request as it is now; what you typed is lost</source>
        <translation>Afficher la demande telle qu&apos;elle est maintenant&#xa0;; ce que vous avez saisi est perdu</translation>
    </message>
    <message>
        <source>Save what you typed over it</source>
        <translation>Enregistrer votre saisie par-dessus</translation>
    </message>
    <message>
        <source>This request was changed on another desk while you were editing it. What you typed is not saved yet.</source>
        <translation>Cette demande a été modifiée sur un autre poste pendant votre saisie. Ce que vous avez saisi n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <source>This request was %1 on another desk: it can no longer be changed here.</source>
        <translation>Cette demande a été %1 sur un autre poste&#xa0;: elle ne peut plus être modifiée ici.</translation>
    </message>
    <message>
        <source>No carry-over</source>
        <translation>Pas de report</translation>
    </message>
    <message>
        <source>Health leave: carried, at most the unused part of 4 weeks</source>
        <translation>Congé de maladie&#xa0;: reporté, au plus la part inutilisée de 4 semaines</translation>
    </message>
    <message>
        <source>Family leave: carried without that cap</source>
        <translation>Congé familial&#xa0;: reporté sans ce plafond</translation>
    </message>
    <message>
        <source>Annual leave not taken because of it:</source>
        <translation>Congés annuels non pris de ce fait&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Civitas::OfficialPaper::Tr</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>Civitas::Shell</name>
    <message>
        <source>About Civitas</source>
        <translation>À propos de Civitas</translation>
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
        <source>Mode:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Applies at the next start.</source>
        <translation>S&apos;applique au prochain démarrage.</translation>
    </message>
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
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>Rien ne demande votre attention aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Pour vous</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Accès rapide</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
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
    <message>
        <source>Civitas</source>
        <translation>Civitas</translation>
    </message>
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
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
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
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
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
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
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
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
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
    <message>
        <source>Open the Synchronisation page</source>
        <translation>Ouvrir la page Synchronisation</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Local mode: data kept on this computer</source>
        <translation>Mode local&#xa0;: données conservées sur cet ordinateur</translation>
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
        <source>They are the town&apos;s: HR or an administrator sets them.</source>
        <translation>Ils sont ceux de la commune&#xa0;: les RH ou un administrateur les règlent.</translation>
    </message>
    <message>
        <source>The copy kept on this computer cannot be read: %1</source>
        <translation>La copie conservée sur cet ordinateur ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrong password for %1: the copy kept on this computer stays closed. Offline, the password is the one of your last login on the server.</source>
        <translation>Mot de passe incorrect pour %1&#xa0;: la copie conservée sur cet ordinateur reste fermée. Hors ligne, le mot de passe est celui de votre dernière connexion au serveur.</translation>
    </message>
    <message>
        <source>%1 cannot work offline yet: log in once on this computer while the server is reachable. Offline, the password is checked against that login.</source>
        <translation>%1 ne peut pas encore travailler hors ligne&#xa0;: connectez-vous une fois sur cet ordinateur quand le serveur est joignable. Hors ligne, le mot de passe est vérifié d&apos;après cette connexion.</translation>
    </message>
    <message>
        <source>Allow a connection that does not check the server (&amp;insecure)</source>
        <translation>Autoriser une connexion qui ne vérifie pas le serveur (&amp;non sécurisée)</translation>
    </message>
    <message>
        <source>Insecure: %1</source>
        <translation>Non sécurisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A transaction left open on the server holds every desk&apos;s updates back; your administrator can end it (civitas-admin server status).</source>
        <translation>Une transaction restée ouverte sur le serveur retient les mises à jour de tous les postes&#xa0;; votre administrateur peut y mettre fin (civitas-admin server status).</translation>
    </message>
    <message numerus="yes">
        <source>Others&apos; changes delayed for %n minute(s)</source>
        <translation>
            <numerusform>Modifications des autres retardées de %n minute</numerusform>
            <numerusform>Modifications des autres retardées de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synchronised: %1</source>
        <translation>Non synchronisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change and send again…</source>
        <translation>Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>new record: %1</source>
        <translation>nouvel enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change and send again</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Field to change:</source>
        <translation>Champ à modifier&#xa0;:</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Town&apos;s name</source>
        <translation>Nom de la commune</translation>
    </message>
    <message>
        <source>INSEE code</source>
        <translation>Code INSEE</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>The town on its official papers</source>
        <translation>La commune sur ses documents officiels</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;INSEE code:</source>
        <translation>Code &amp;INSEE&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>They are the town&apos;s: an administrator sets them.</source>
        <translation>Ils appartiennent à la commune&#xa0;: un administrateur les renseigne.</translation>
    </message>
    <message>
        <source>The town&apos;s identity was not saved: %1</source>
        <translation>L&apos;identité de la commune n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The back office of the town hall, in one application that keeps working without the network. No module is loaded.</source>
        <translation>Le back-office de la mairie, dans une seule application qui continue de fonctionner sans réseau. Aucun module n&apos;est chargé.</translation>
    </message>
    <message>
        <source>The back office of the town hall, in one application that keeps working without the network. Loaded here: %1.</source>
        <translation>Le back-office de la mairie, dans une seule application qui continue de fonctionner sans réseau. Chargés ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1

Server&apos;s message: %2</source>
        <translation>%1

Message du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Largest file the town takes, in megabytes</source>
        <translation>Plus gros fichier accepté par la commune, en mégaoctets</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Room for the files opened on this desk, in megabytes</source>
        <translation>Place pour les fichiers ouverts sur ce poste, en mégaoctets</translation>
    </message>
    <message>
        <source>The town&apos;s files</source>
        <translation>Les fichiers de la commune</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>&amp;Fichier le plus gros&#xa0;:</translation>
    </message>
    <message>
        <source>Every piece, supporting document or picture larger than this is refused before it is sent, with this limit in the message.</source>
        <translation>Toute pièce, tout justificatif ou toute image plus gros est refusé avant l&apos;envoi, avec cette limite dans le message.</translation>
    </message>
    <message>
        <source>Every piece, supporting document or picture larger than this is refused before it is sent. It is the town&apos;s: an administrator sets it.</source>
        <translation>Toute pièce, tout justificatif ou toute image plus gros est refusé avant l&apos;envoi. Ce réglage est celui de la commune&#xa0;: un administrateur le fixe.</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>&amp;Files opened here, up to:</source>
        <translation>Fichiers &amp;ouverts ici, jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Held now:</source>
        <translation>Occupé maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Empty the cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <source>Drop the files fetched from the server; they are fetched again when opened</source>
        <translation>Retirer les fichiers reçus du serveur&#xa0;; ils seront de nouveau téléchargés à l&apos;ouverture</translation>
    </message>
    <message>
        <source>Files are fetched from the server when they are opened and kept here; beyond this room the least recently opened go first. Your own pieces, the files you keep on this desk, the town&apos;s logo and what was not sent yet always stay.</source>
        <translation>Les fichiers sont téléchargés depuis le serveur à leur ouverture et gardés ici&#xa0;; au-delà de cette place, les moins récemment ouverts partent en premier. Vos propres pièces, les fichiers que vous gardez sur ce poste, le logo de la commune et ce qui n&apos;est pas encore envoyé restent toujours.</translation>
    </message>
    <message>
        <source>The cache was not emptied: %1</source>
        <translation>Le cache n&apos;a pas été vidé&#xa0;: %1</translation>
    </message>
    <message>
        <source>What needs your attention today, and the pages your roles open.

Each card counts something waiting for you (requests to decide, your requests with news); click it to open its page. Requests waiting for your decision are listed below the cards: approve or refuse them here in one click.</source>
        <translation>Ce qui demande votre attention aujourd&apos;hui, et les pages que vos rôles ouvrent.

Chaque carte compte quelque chose qui vous attend (demandes à décider, vos demandes qui ont évolué)&#xa0;; cliquez dessus pour ouvrir sa page. Les demandes qui attendent votre décision sont listées sous les cartes&#xa0;: accordez-les ou refusez-les ici en un clic.</translation>
    </message>
    <message>
        <source>The town&apos;s units (directions and services, their heads and minimum staffing) and the accounts that log in to Civitas, with their roles.

Only an administrator changes accounts; HR and administrators see them.</source>
        <translation>Les unités de la commune (directions et services, leurs responsables et effectifs minimums) et les comptes qui se connectent à Civitas, avec leurs rôles.

Seul un administrateur modifie les comptes&#xa0;; les RH et les administrateurs les voient.</translation>
    </message>
    <message>
        <source>Your work is kept on this computer and sent to the town&apos;s server when it can be.

A conflict: the same field was changed here and on another desk. Keep yours, take theirs, or type another value. A change the server refused says why; change it and send it again, or drop it.</source>
        <translation>Votre travail est gardé sur cet ordinateur et envoyé au serveur de la commune dès que possible.

Un conflit&#xa0;: le même champ a été modifié ici et sur un autre poste. Gardez votre valeur, prenez l&apos;autre, ou saisissez-en une nouvelle. Une modification refusée par le serveur dit pourquoi&#xa0;; modifiez-la et renvoyez-la, ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Help on &amp;this page</source>
        <translation>Aide sur &amp;cette page</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>No guide has been written for this page yet.</source>
        <translation>Aucun guide n&apos;a encore été écrit pour cette page.</translation>
    </message>
    <message>
        <source>Every desk prints these on the fiche agent, the attestation employeur and the leave request form, the logo at their head. The INSEE code is the commune&apos;s (not its postcode); the SIRET is the town hall&apos;s.</source>
        <translation>Chaque poste les imprime sur la fiche agent, l&apos;attestation employeur et la demande de congé, avec le logo en tête. Le code INSEE est celui de la commune (pas son code postal)&#xa0;; le SIRET est celui de la mairie.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose a picture…</source>
        <translation>C&amp;hoisir une image…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>The town&apos;s logo</source>
        <translation>Le logo de la commune</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo: the papers are headed with the town&apos;s name only.</source>
        <translation>Pas de logo&#xa0;: les documents portent seulement le nom de la commune en tête.</translation>
    </message>
    <message>
        <source>%1: not on this desk yet, it comes with the next synchronisation.</source>
        <translation>%1&#xa0;: pas encore sur ce poste, il arrive avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1: printed on the papers once saved.</source>
        <translation>%1&#xa0;: imprimé sur les documents une fois enregistré.</translation>
    </message>
    <message>
        <source>No logo once saved.</source>
        <translation>Plus de logo une fois enregistré.</translation>
    </message>
    <message>
        <source>The logo was not saved: %1</source>
        <translation>Le logo n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
</TS>

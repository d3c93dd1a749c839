<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Civitas::AboutDialog</name>
    <message>
        <source>About Civitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office of the town hall: agent files, leave, associations, school equipment and deliberations, in one application that keeps working without the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1. Data stays on this computer or on your town&apos;s own server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::AdminCli</name>
    <message>
        <source>(see civitas-admin --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: civitas-admin COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the modules, their state and why one was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply pending migrations to a local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a demo town (900 agents, seed 1 by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; use &quot;migrate&quot; to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; use &quot;init&quot; to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agents must be a whole number from 10 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo town with %1 agents written to %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored arguments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::CoreDemoData</name>
    <message>
        <source>Organisation chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text. It may have been saved in Windows-1252 (&quot;ANSI&quot;): try that encoding, or save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed (a missing &quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::CsvWriter</name>
    <message>
        <source>The header of a CSV file must come before its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Civitas database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::DemoGenerator</name>
    <message>
        <source>The database already holds data; demo data goes into a new file only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::DocumentPrinter</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the PDF file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page margins leave no room for the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::FrenchCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>Jour de l&apos;an (1 January)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <extracomment>Vendredi saint (Alsace-Moselle only)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <extracomment>Lundi de Pâques</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <extracomment>Fête du Travail (1 May)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <extracomment>Victoire 1945 (8 May)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <extracomment>Ascension</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <extracomment>Lundi de Pentecôte</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <extracomment>Fête nationale (14 July)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <extracomment>Assomption (15 August)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <extracomment>Toussaint (1 November)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <extracomment>Armistice 1918 (11 November)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <extracomment>Noël (25 December)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <extracomment>Saint-Étienne (26 December, Alsace-Moselle only)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Two public holidays on the same day, e.g. &quot;Labour Day and Ascension Day&quot; in 2008</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::GeneralSettingsPage</name>
    <message>
        <source>Whit Monday is worked (journée de solidarité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alsace-Moselle calendar (Good Friday and 26 December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave durations are counted without public holidays: changing these options changes the count of future requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local, on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::GlobalSearchField</name>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::HomePage</name>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::ICalendarWriter</name>
    <message>
        <source>The event &quot;%1&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; has no start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the calendar file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Civitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo, seen as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo persona</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::Migration</name>
    <message>
        <source>Migration file %1/%2 is not named NNNN_name.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two migrations of %1 have version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::MigrationRunner</name>
    <message>
        <source>Migration %1/%2 failed at line %3: %4
Statement: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::ModuleManager</name>
    <message>
        <source>Not a Civitas module: the file has no plugin metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible interface &quot;%1&quot;; this version of Civitas needs &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another module already has the id &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs the module &quot;%1&quot;, which was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs the module &quot;%1&quot;, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It depends on a dependency cycle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module it needs could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin does not implement the Civitas module interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module it needs failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed to start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::ModuleMetadata</name>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata has no &quot;%1&quot; text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not made of lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version &quot;%1&quot; is not of the form 1.2.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module depends on itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::OrganisationPage</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, login or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list as shown to a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole town</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::OrganisationSearchProvider</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::Roles</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools and IT service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assemblies secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::Session</name>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::ShellStartup</name>
    <message>
        <source>Civitas, the back office of the town hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the local database file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh demo town, with a persona switcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of agents of the demo town (900 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agents must be a whole number of at least 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --db cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::StatusIndicator</name>
    <message>
        <source>Local mode: data kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civitas::Validators</name>
    <message>
        <source>No NIR entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This NIR has no key: add its last 2 digits (15 characters in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A NIR has 15 characters; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The département in a NIR is 2 digits, or 2A or 2B for Corsica; this one is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIR has only digits, apart from 2A or 2B for Corsica; character %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NIR starts with 1 (man) or 2 (woman), or 7 or 8 for a temporary number; this one starts with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of birth in a NIR is 01 to 12 (or 20 to 42, or 50 and above, when the month is unknown); this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIR key should be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary number (first digit %1): replace it with the definitive NIR when the agent receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIR is a man&apos;s (first digit %1), but the sex entered is female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIR is a woman&apos;s (first digit %1), but the sex entered is male.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIR gives %1 as the year of birth, but the date of birth is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NIR gives %1 as the month of birth, but the date of birth is in month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIREN entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIREN has only digits; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a SIRET (14 digits): the SIREN is its first 9 digits, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A SIREN has 9 digits; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This SIREN fails its check (Luhn): a digit is mistyped or two are swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIRET entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIRET has only digits; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a SIREN (9 digits): a SIRET adds the 5 digits of the establishment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A SIRET has 14 digits; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This SIRET of La Poste fails its check: the sum of its digits should be a multiple of 5, and is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SIRET fails its check (Luhn); its SIREN part is valid, so look at the last 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SIRET fails its check (Luhn), and so does its SIREN part (the first 9 digits): a digit is mistyped or two are swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RNA number entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An RNA number is W followed by 9 digits; this one has %n after the W.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An RNA number starts with W: if this is one, write W%1. Otherwise it is kept as written, as an older identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an RNA number of the current form (W followed by 9 digits); it is kept as written, as an older identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postcode entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode has only digits: Corsican postcodes start with 20, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode has only digits; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode has 5 digits; this one has 4. If a leading 0 was lost, write 0%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A postcode has 5 digits; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No French postcode starts with 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IBAN entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, such as FR; this one starts with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An IBAN from %1 has %2 characters; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An IBAN has 15 to 34 characters; this one has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An IBAN has 2 check digits after the country code; this one has &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IBAN check digits go from 02 to 98; these are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IBAN fails its check (mod 97): a character is mistyped or two are swapped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Civitas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

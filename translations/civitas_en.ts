<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Civitas::AdminCli</name>
    <message numerus="yes">
        <source>Applied %n migration(s): %1</source>
        <translation>
            <numerusform>Applied %n migration: %1</numerusform>
            <numerusform>Applied %n migrations: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Civitas::LoginDialog</name>
    <message numerus="yes">
        <source>%n change(s) not yet sent to the server will be lost.</source>
        <translation>
            <numerusform>%n change not yet sent to the server will be lost.</numerusform>
            <numerusform>%n changes not yet sent to the server will be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Civitas::OrganisationPage</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Civitas::StatusIndicator</name>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n change refused by the server</numerusform>
            <numerusform>%n changes refused by the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Civitas::Validators</name>
    <message numerus="yes">
        <source>A NIR has 15 characters; this one has %n.</source>
        <translation>
            <numerusform>A NIR has 15 characters; this one has %n.</numerusform>
            <numerusform>A NIR has 15 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A SIREN has 9 digits; this one has %n.</source>
        <translation>
            <numerusform>A SIREN has 9 digits; this one has %n.</numerusform>
            <numerusform>A SIREN has 9 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A SIRET has 14 digits; this one has %n.</source>
        <translation>
            <numerusform>A SIRET has 14 digits; this one has %n.</numerusform>
            <numerusform>A SIRET has 14 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An RNA number is W followed by 9 digits; this one has %n after the W.</source>
        <translation>
            <numerusform>An RNA number is W followed by 9 digits; this one has %n after the W.</numerusform>
            <numerusform>An RNA number is W followed by 9 digits; this one has %n after the W.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A postcode has 5 digits; this one has %n.</source>
        <translation>
            <numerusform>A postcode has 5 digits; this one has %n.</numerusform>
            <numerusform>A postcode has 5 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An IBAN from %1 has %2 characters; this one has %n.</source>
        <translation>
            <numerusform>An IBAN from %1 has %2 characters; this one has %n.</numerusform>
            <numerusform>An IBAN from %1 has %2 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An IBAN has 15 to 34 characters; this one has %n.</source>
        <translation>
            <numerusform>An IBAN has 15 to 34 characters; this one has %n.</numerusform>
            <numerusform>An IBAN has 15 to 34 characters; this one has %n.</numerusform>
        </translation>
    </message>
</context>
</TS>

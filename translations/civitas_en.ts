<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Civitas::Cli</name>
    <message numerus="yes">
        <source>Applied %n migration(s): %1</source>
        <translation>
            <numerusform>Applied %n migration: %1</numerusform>
            <numerusform>Applied %n migrations: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) open</source>
        <translation>
            <numerusform>%n conflict open</numerusform>
            <numerusform>%n conflicts open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s)</source>
        <translation>
            <numerusform>%n refused change</numerusform>
            <numerusform>%n refused changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conflict(s); the next sync sends or fetches the values.</source>
        <translation>
            <numerusform>Resolved %n conflict; the next sync sends or fetches the values.</numerusform>
            <numerusform>Resolved %n conflicts; the next sync sends or fetches the values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) sent to the server</source>
        <translation>
            <numerusform>%n file sent to the server</numerusform>
            <numerusform>%n files sent to the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Civitas::Core</name>
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
    <message numerus="yes">
        <source>The server already holds a town (%n record(s) in %1). Nothing was written: load only into an empty, freshly provisioned server.</source>
        <translation>
            <numerusform>The server already holds a town (%n record in %1). Nothing was written: load only into an empty, freshly provisioned server.</numerusform>
            <numerusform>The server already holds a town (%n records in %1). Nothing was written: load only into an empty, freshly provisioned server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An INSEE code has 5 characters; this one has %n.</source>
        <translation>
            <numerusform>An INSEE code has 5 characters; this one has %n.</numerusform>
            <numerusform>An INSEE code has 5 characters; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Civitas::Hr</name>
    <message numerus="yes">
        <source>%n agent(s) to create</source>
        <translation>
            <numerusform>%n agent to create</numerusform>
            <numerusform>%n agents to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking error(s): nothing written.</source>
        <translation>
            <numerusform>%n blocking error: nothing written.</numerusform>
            <numerusform>%n blocking errors: nothing written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read as %1, fields separated by %2.</source>
        <translation>
            <numerusform>%n line read as %1, fields separated by %2.</numerusform>
            <numerusform>%n lines read as %1, fields separated by %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) created</source>
        <translation>
            <numerusform>%n agent created</numerusform>
            <numerusform>%n agents created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) in the units you head</source>
        <translation>
            <numerusform>%n agent in the units you head</numerusform>
            <numerusform>%n agents in the units you head</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Civitas::Leave</name>
    <message numerus="yes">
        <source>%n line(s) written.</source>
        <translation>
            <numerusform>%n line written.</numerusform>
            <numerusform>%n lines written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) counted again</source>
        <translation>
            <numerusform>%n request counted again</numerusform>
            <numerusform>%n requests counted again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
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
            <numerusform>%n line to write</numerusform>
            <numerusform>%n lines to write</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already written</source>
        <translation>
            <numerusform>%n already written</numerusform>
            <numerusform>%n already written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of the year still wait for a decision.</source>
        <translation>
            <numerusform>%n request of the year still waits for a decision.</numerusform>
            <numerusform>%n requests of the year still wait for a decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for your decision</source>
        <translation>
            <numerusform>%n request waiting for your decision</numerusform>
            <numerusform>%n requests waiting for your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leave request(s) counted again:</source>
        <translation>
            <numerusform>%n leave request counted again:</numerusform>
            <numerusform>%n leave requests counted again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recount(s) to review</source>
        <translation>
            <numerusform>%n recount to review</numerusform>
            <numerusform>%n recounts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n line(s) into the ledger of %1 agent(s)? What is left of %2 expires, except what is carried over.</source>
        <translation>
            <numerusform>Write %n line into the ledger of %1 agent(s)? What is left of %2 expires, except what is carried over.</numerusform>
            <numerusform>Write %n lines into the ledger of %1 agent(s)? What is left of %2 expires, except what is carried over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 closed: %n line(s) written.</source>
        <translation>
            <numerusform>%1 closed: %n line written.</numerusform>
            <numerusform>%1 closed: %n lines written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n line(s) into the ledger of %1 agent(s)?</source>
        <translation>
            <numerusform>Write %n line into the ledger of %1 agent(s)?</numerusform>
            <numerusform>Write %n lines into the ledger of %1 agent(s)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Allocations of %1: %n line(s) written.</source>
        <translation>
            <numerusform>Allocations of %1: %n line written.</numerusform>
            <numerusform>Allocations of %1: %n lines written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to write</source>
        <translation>
            <numerusform>%n to write</numerusform>
            <numerusform>%n to write</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in %1</source>
        <translation>
            <numerusform>%n request in %1</numerusform>
            <numerusform>%n requests in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved leave period(s) of %1 written to %2: open this file with your calendar to add them.</source>
        <translation>
            <numerusform>%n approved leave period of %1 written to %2: open this file with your calendar to add it.</numerusform>
            <numerusform>%n approved leave periods of %1 written to %2: open this file with your calendar to add them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s). No minimum staffing is set for this unit.</source>
        <translation>
            <numerusform>%n agent. No minimum staffing is set for this unit.</numerusform>
            <numerusform>%n agents. No minimum staffing is set for this unit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s). Minimum staffing: %1 present.</source>
        <translation>
            <numerusform>%n agent. Minimum staffing: %1 present.</numerusform>
            <numerusform>%n agents. Minimum staffing: %1 present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) informed.</source>
        <translation>
            <numerusform>%n agent informed.</numerusform>
            <numerusform>%n agents informed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in “Leave to decide”, with the team calendar.</source>
        <translation>
            <numerusform>%n more in “Leave to decide”, with the team calendar.</numerusform>
            <numerusform>%n more in “Leave to decide”, with the team calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Civitas::Shell</name>
    <message numerus="yes">
        <source>%n change(s) not yet sent to the server will be lost.</source>
        <translation>
            <numerusform>%n change not yet sent to the server will be lost.</numerusform>
            <numerusform>%n changes not yet sent to the server will be lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
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
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others&apos; changes delayed for %n minute(s)</source>
        <translation>
            <numerusform>Others&apos; changes delayed for %n minute</numerusform>
            <numerusform>Others&apos; changes delayed for %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>

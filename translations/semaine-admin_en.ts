<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AttestationController</name>
    <message numerus="yes">
        <source>%n attestation(s) written to %1.</source>
        <translation>
            <numerusform>%n attestation written to %1.</numerusform>
            <numerusform>%n attestations written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) skipped:</source>
        <translation>
            <numerusform>%n request skipped:</numerusform>
            <numerusform>%n requests skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write the attestations of the %n selected request(s) as one PDF each in a folder, or in one ZIP file?</source>
        <translation>
            <numerusform>Write the attestation of the selected request as a PDF in a folder, or in one ZIP file?</numerusform>
            <numerusform>Write the attestations of the %n selected requests as one PDF each in a folder, or in one ZIP file?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n request(s) exported to %1</source>
        <translation>
            <numerusform>%n request exported to %1</numerusform>
            <numerusform>%n requests exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) copied and counted again</source>
        <translation>
            <numerusform>%1: %Ln row copied and counted again</numerusform>
            <numerusform>%1: %Ln rows copied and counted again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConditionsPanel</name>
    <message numerus="yes">
        <source>The request fails %n label condition(s): it can be labelled only by an override.</source>
        <translation>
            <numerusform>The request fails %n label condition: it can be labelled only by an override.</numerusform>
            <numerusform>The request fails %n label conditions: it can be labelled only by an override.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label condition(s) cannot be checked: information is missing.</source>
        <translation>
            <numerusform>%n label condition cannot be checked: information is missing.</numerusform>
            <numerusform>%n label conditions cannot be checked: information is missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>the store %1 is busy: another program has been writing to it for more than %n second(s).</source>
        <translation>
            <numerusform>the store %1 is busy: another program has been writing to it for more than %n second.</numerusform>
            <numerusform>the store %1 is busy: another program has been writing to it for more than %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionController</name>
    <message numerus="yes">
        <source>One message for the %n selected request(s).</source>
        <translation>
            <numerusform>One message for the %n selected request.</numerusform>
            <numerusform>One message for the %n selected requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One reason for reopening the %n selected request(s).</source>
        <translation>
            <numerusform>One reason for reopening the %n selected request.</numerusform>
            <numerusform>One reason for reopening the %n selected requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user name of the reviewer who takes the %n selected request(s) in charge.</source>
        <translation>
            <numerusform>The user name of the reviewer who takes the %n selected request in charge.</numerusform>
            <numerusform>The user name of the reviewer who takes the %n selected requests in charge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n selected request(s) is refused with the standard sentences of its own failed conditions, followed by this text for all (it may stay empty).</source>
        <translation>
            <numerusform>The selected request is refused with the standard sentences of its own failed conditions, followed by this text (it may stay empty).</numerusform>
            <numerusform>Each of the %n selected requests is refused with the standard sentences of its own failed conditions, followed by this text for all (it may stay empty).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message numerus="yes">
        <source>The store %1 already holds %n request(s) for %2: demonstration data goes only into an empty store.</source>
        <translation>
            <numerusform>The store %1 already holds %n request for %2: demonstration data goes only into an empty store.</numerusform>
            <numerusform>The store %1 already holds %n requests for %2: demonstration data goes only into an empty store.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message numerus="yes">
        <source>This request may be the same event as %n other request(s): same organiser, similar title, overlapping dates, same commune.</source>
        <translation>
            <numerusform>This request may be the same event as %n other request: same organiser, similar title, overlapping dates, same commune.</numerusform>
            <numerusform>This request may be the same event as %n other requests: same organiser, similar title, overlapping dates, same commune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose among %n commune(s)</source>
        <translation>
            <numerusform>Choose between %n communes</numerusform>
            <numerusform>Choose among %n communes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Exporting %n request(s) to %1…</source>
        <translation>
            <numerusform>Exporting %n request to %1…</numerusform>
            <numerusform>Exporting %n requests to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) exported to %1.</source>
        <translation>
            <numerusform>%n request exported to %1.</numerusform>
            <numerusform>%n requests exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportWriter</name>
    <message numerus="yes">
        <source>%n request(s) without dates left out of the calendar.</source>
        <translation>
            <numerusform>%n request without dates left out of the calendar.</numerusform>
            <numerusform>%n requests without dates left out of the calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) without coordinates left out of the map.</source>
        <translation>
            <numerusform>%n request without coordinates left out of the map.</numerusform>
            <numerusform>%n requests without coordinates left out of the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than Excel&apos;s 32,767 characters cut short and marked.</source>
        <translation>
            <numerusform>%n cell longer than Excel&apos;s 32,767 characters cut short and marked.</numerusform>
            <numerusform>%n cells longer than Excel&apos;s 32,767 characters cut short and marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelRules</name>
    <message numerus="yes">
        <source>The decision was due on %1 (%n working day(s) after the request): it is overdue.</source>
        <translation>
            <numerusform>The decision was due on %1 (%n working day after the request): it is overdue.</numerusform>
            <numerusform>The decision was due on %1 (%n working days after the request): it is overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) from imports waiting for a reviewer</source>
        <translation>
            <numerusform>%n change from imports waiting for a reviewer</numerusform>
            <numerusform>%n changes from imports waiting for a reviewer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message waiting to be sent</numerusform>
            <numerusform>%n messages waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln labelled</source>
        <translation>
            <numerusform>%Ln labelled</numerusform>
            <numerusform>%Ln labelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <source>Sending… %n sent</source>
        <translation>
            <numerusform>Sending… %n sent</numerusform>
            <numerusform>Sending… %n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingUpdatesBar</name>
    <message numerus="yes">
        <source>%n change(s) from an import are waiting</source>
        <translation>
            <numerusform>%n change from an import is waiting</numerusform>
            <numerusform>%n changes from an import are waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message numerus="yes">
        <source>Decision on %n request(s)</source>
        <translation>
            <numerusform>Decision on %n request</numerusform>
            <numerusform>Decision on %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) done.</source>
        <translation>
            <numerusform>%n request done.</numerusform>
            <numerusform>%n requests done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details)</source>
        <translation>
            <numerusform>… and %n more (see the details)</numerusform>
            <numerusform>… and %n more (see the details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to the organisers queued in the outbox.</source>
        <translation>
            <numerusform>%n message to the organisers queued in the outbox.</numerusform>
            <numerusform>%n messages to the organisers queued in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n skipped:</numerusform>
            <numerusform>%n skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 request(s) shown</source>
        <translation>
            <numerusform>%Ln of %L1 requests shown</numerusform>
            <numerusform>%Ln of %L1 requests shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestImport</name>
    <message numerus="yes">
        <source>Dry run, nothing was stored: %n row(s) read</source>
        <translation>
            <numerusform>Dry run, nothing was stored: %n row(s) read</numerusform>
            <numerusform>Dry run, nothing was stored: %n row(s) read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row(s) read</numerusform>
            <numerusform>%n row(s) read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided request(s) changed in the file: the change is kept for a reviewer to accept, not applied.</source>
        <translation>
            <numerusform>%n decided request changed in the file: the change is kept for a reviewer to accept, not applied.</numerusform>
            <numerusform>%n decided requests changed in the file: the change is kept for a reviewer to accept, not applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
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
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message numerus="yes">
        <source>%1 · overdue by %n working day(s)</source>
        <translation>
            <numerusform>%1 · overdue by %n working day</numerusform>
            <numerusform>%1 · overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n working day(s) left</source>
        <translation>
            <numerusform>%1 · %n working day left</numerusform>
            <numerusform>%1 · %n working days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message numerus="yes">
        <source>Requests received and decisions per day (%n outside the campaign not shown)</source>
        <translation>
            <numerusform>Requests received and decisions per day (%n outside the campaign not shown)</numerusform>
            <numerusform>Requests received and decisions per day (%n outside the campaign not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message numerus="yes">
        <source>Actual participants (%n labelled event(s) reported): %1</source>
        <translation>
            <numerusform>Actual participants (%n labelled event(s) reported): %1</numerusform>
            <numerusform>Actual participants (%n labelled event(s) reported): %1</numerusform>
        </translation>
    </message>
</context>
</TS>

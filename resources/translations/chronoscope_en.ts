<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>chrono::ui::EditCommands</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::EntityListDialog</name>
    <message numerus="yes">
        <source>%n item(s) refer to it. Move them to:</source>
        <translation>
            <numerusform>%n item refer to it. Move them to:</numerusform>
            <numerusform>%n items refer to it. Move them to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::ExportRenderer</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::FilterPanel</name>
    <message numerus="yes">
        <source>%1: %n event(s). Double-click to show only this company.</source>
        <translation>
            <numerusform>%1: %n event. Double-click to show only this company.</numerusform>
            <numerusform>%1: %n events. Double-click to show only this company.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::LaneChoiceDialog</name>
    <message numerus="yes">
        <source>All %n event(s) in one row.</source>
        <translation>
            <numerusform>All %n event in one row.</numerusform>
            <numerusform>All %n events in one row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s): </source>
        <translation>
            <numerusform>%n lane: </numerusform>
            <numerusform>%n lanes: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n event(s) in %1 lanes, %2 – %3</source>
        <translation>
            <numerusform>Timeline: %n event in %1 lanes, %2 – %3</numerusform>
            <numerusform>Timeline: %n events in %1 lanes, %2 – %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overview: density of %n event(s), %1 – %2</source>
        <translation>
            <numerusform>Overview: density of %n event, %1 – %2</numerusform>
            <numerusform>Overview: density of %n events, %1 – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::TimelineView</name>
    <message numerus="yes">
        <source>%n event(s) here — click to zoom in</source>
        <translation>
            <numerusform>%n event here — click to zoom in</numerusform>
            <numerusform>%n events here — click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chrono::ui::cli</name>
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
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardActions</name>
    <message numerus="yes">
        <source>%n named grabber(s)</source>
        <translation>
            <numerusform>%n named grabber</numerusform>
            <numerusform>%n named grabbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDescriber</name>
    <message numerus="yes">
        <source>%n action item(s).</source>
        <translation>
            <numerusform>%n action item.</numerusform>
            <numerusform>%n action items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::BoardPage</name>
    <message numerus="yes">
        <source>%n starving</source>
        <translation>
            <numerusform>%n starving</numerusform>
            <numerusform>%n starving</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::DetailsPanel</name>
    <message numerus="yes">
        <source>%n attempt(s) lost or refused</source>
        <translation>
            <numerusform>%n attempt lost or refused</numerusform>
            <numerusform>%n attempts lost or refused</numerusform>
        </translation>
    </message>
</context>
</TS>

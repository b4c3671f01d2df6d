<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>grab::ui::RosterModel</name>
    <message numerus="yes">
        <location filename="../../ui/team/rostermodel.cpp" line="+148"/>
        <source>%n open action item(s): %1 overdue (due before %2), %3 due within %4 days.</source>
        <translation>
            <numerusform>%n open action item: %1 overdue (due before %2), %3 due within %4 days.</numerusform>
            <numerusform>%n open action items: %1 overdue (due before %2), %3 due within %4 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n training(s), all taken.</source>
        <translation>
            <numerusform>%n training, taken.</numerusform>
            <numerusform>%n trainings, all taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n training(s) not taken yet: %1 overdue (due before %2 and not taken), %3 due within %4 days.</source>
        <translation>
            <numerusform>%n training not taken yet: %1 overdue (due before %2 and not taken), %3 due within %4 days.</numerusform>
            <numerusform>%n trainings not taken yet: %1 overdue (due before %2 and not taken), %3 due within %4 days.</numerusform>
        </translation>
    </message>
</context>
</TS>

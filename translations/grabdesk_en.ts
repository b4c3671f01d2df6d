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
    <name>grab::ui::ActivityCharts</name>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::AlertList</name>
    <message numerus="yes">
        <source>%Ln alerts · double-click to look closer</source>
        <translation>
            <numerusform>%Ln alert · double-click to look closer</numerusform>
            <numerusform>%Ln alerts · double-click to look closer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::AwardCard</name>
    <message numerus="yes">
        <source>%n qualified</source>
        <translation>
            <numerusform>%n qualified</numerusform>
            <numerusform>%n qualified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with too few closed orders</source>
        <translation>
            <numerusform>%n with too few closed orders</numerusform>
            <numerusform>%n with too few closed orders</numerusform>
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
    <name>grab::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%Ln days to go</source>
        <translation>
            <numerusform>%Ln day to go</numerusform>
            <numerusform>%Ln days to go</numerusform>
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
<context>
    <name>grab::ui::DrillDialog</name>
    <message numerus="yes">
        <source>%Ln grab attempts</source>
        <translation>
            <numerusform>%Ln grab attempt</numerusform>
            <numerusform>%Ln grab attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback scores</source>
        <translation>
            <numerusform>%Ln feedback score</numerusform>
            <numerusform>%Ln feedback scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln violations</source>
        <translation>
            <numerusform>%Ln violation</numerusform>
            <numerusform>%Ln violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders assigned to %1</source>
        <translation>
            <numerusform>%Ln order assigned to %1</numerusform>
            <numerusform>%Ln orders assigned to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders %1 won</source>
        <translation>
            <numerusform>%Ln order %1 won</numerusform>
            <numerusform>%Ln orders %1 won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders %1 lost</source>
        <translation>
            <numerusform>%Ln order %1 lost</numerusform>
            <numerusform>%Ln orders %1 lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders reclaimed from %1</source>
        <translation>
            <numerusform>%Ln order reclaimed from %1</numerusform>
            <numerusform>%Ln orders reclaimed from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders %1 closed</source>
        <translation>
            <numerusform>%Ln order %1 closed</numerusform>
            <numerusform>%Ln orders %1 closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln grab attempts by %1</source>
        <translation>
            <numerusform>%Ln grab attempt by %1</numerusform>
            <numerusform>%Ln grab attempts by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback scores for %1</source>
        <translation>
            <numerusform>%Ln feedback score for %1</numerusform>
            <numerusform>%Ln feedback scores for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln violations recorded for %1</source>
        <translation>
            <numerusform>%Ln violation recorded for %1</numerusform>
            <numerusform>%Ln violations recorded for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders held by %1</source>
        <translation>
            <numerusform>%Ln order held by %1</numerusform>
            <numerusform>%Ln orders held by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::GrabberCharts</name>
    <message numerus="yes">
        <source>last %Ln days</source>
        <translation>
            <numerusform>last %Ln day</numerusform>
            <numerusform>last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Success rate · %Ln-day rolling</source>
        <translation>
            <numerusform>Success rate · %Ln-day rolling</numerusform>
            <numerusform>Success rate · %Ln-day rolling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction · %Ln-day rolling</source>
        <translation>
            <numerusform>Satisfaction · %Ln-day rolling</numerusform>
            <numerusform>Satisfaction · %Ln-day rolling</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::HeldRowsBar</name>
    <message numerus="yes">
        <source>%n new order(s) ↑</source>
        <translation>
            <numerusform>%n new order ↑</numerusform>
            <numerusform>%n new orders ↑</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n column(s) of the file need a choice: a field, or Ignore.</source>
        <translation>
            <numerusform>%n column of the file needs a choice: a field, or Ignore.</numerusform>
            <numerusform>%n columns of the file need a choice: a field, or Ignore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::IntegrityBanner</name>
    <message numerus="yes">
        <source>This database was altered outside GrabDesk: %1 Run &quot;grabctl verify&quot; for every place found (%n in all).</source>
        <translation>
            <numerusform>This database was altered outside GrabDesk: %1 Run &quot;grabctl verify&quot; for the place found (%n in all).</numerusform>
            <numerusform>This database was altered outside GrabDesk: %1 Run &quot;grabctl verify&quot; for every place found (%n in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved all %n rows to %1. Open it with File ▸ Open….</source>
        <translation>
            <numerusform>Saved all %n row to %1. Open it with File ▸ Open….</numerusform>
            <numerusform>Saved all %n rows to %1. Open it with File ▸ Open….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n readable rows to %1; %2 damaged places in %3 could not be read. Open it with File ▸ Open….</source>
        <translation>
            <numerusform>Saved %n readable row to %1; %2 damaged places in %3 could not be read. Open it with File ▸ Open….</numerusform>
            <numerusform>Saved %n readable rows to %1; %2 damaged places in %3 could not be read. Open it with File ▸ Open….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::KpiPanel</name>
    <message numerus="yes">
        <source>from %Ln orders won</source>
        <translation>
            <numerusform>from %Ln order won</numerusform>
            <numerusform>from %Ln orders won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %Ln active grabbers</source>
        <translation>
            <numerusform>over %Ln active grabber</numerusform>
            <numerusform>over %Ln active grabbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::LeaderboardModel</name>
    <message numerus="yes">
        <source>The mean of %Ln feedback scores</source>
        <translation>
            <numerusform>The mean of %Ln feedback score</numerusform>
            <numerusform>The mean of %Ln feedback scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::RecentRowsPanel</name>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln open</numerusform>
            <numerusform>%Ln open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the period</source>
        <translation>
            <numerusform>%Ln in the period</numerusform>
            <numerusform>%Ln in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::ReviewPage</name>
    <message numerus="yes">
        <source>Opened %1: the KPIs of %Ln grabbers are frozen (%2 s). Scoring can start.</source>
        <translation>
            <numerusform>Opened %1: the KPIs of %Ln grabber are frozen (%2 s). Scoring can start.</numerusform>
            <numerusform>Opened %1: the KPIs of %Ln grabbers are frozen (%2 s). Scoring can start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln grabbers of %1 to %2.</source>
        <translation>
            <numerusform>Exported %Ln grabber of %1 to %2.</numerusform>
            <numerusform>Exported %Ln grabbers of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not over: it runs until %2, %n more day(s) after today.</source>
        <translation>
            <numerusform>%1 is not over: it runs until %2, %n more day after today.</numerusform>
            <numerusform>%1 is not over: it runs until %2, %n more days after today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::RosterModel</name>
    <message numerus="yes">
        <source>%n open action item(s): %1 overdue (due before %2), %3 due within %4 days.</source>
        <translation>
            <numerusform>%n open action item: %1 overdue (due before %2), %3 due within %4 days.</numerusform>
            <numerusform>%n open action items: %1 overdue (due before %2), %3 due within %4 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training(s), all taken.</source>
        <translation>
            <numerusform>%n training, taken.</numerusform>
            <numerusform>%n trainings, all taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training(s) not taken yet: %1 overdue (due before %2 and not taken), %3 due within %4 days.</source>
        <translation>
            <numerusform>%n training not taken yet: %1 overdue (due before %2 and not taken), %3 due within %4 days.</numerusform>
            <numerusform>%n trainings not taken yet: %1 overdue (due before %2 and not taken), %3 due within %4 days.</numerusform>
        </translation>
    </message>
</context>
</TS>

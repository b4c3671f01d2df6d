#include "schema.h"

namespace grab::schema {
namespace {

// Version 1: the whole domain of PRODUCT.md. Times are UTC epoch milliseconds (INTEGER),
// money is INTEGER minor units, calendar dates are ISO text. Plain SQL that PostgreSQL also
// accepts, except the triggers (SQLite dialect; the PostgreSQL backend will have its own).
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE grabbers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            team TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL CHECK (level IN ('junior', 'senior', 'lead')),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_leave', 'suspended')),
            daily_cap_override INTEGER CHECK (daily_cap_override IS NULL OR daily_cap_override >= 0),
            hired_on TEXT,
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE grabber_skills (
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id) ON DELETE CASCADE,
            skill TEXT NOT NULL CHECK (length(skill) > 0),
            PRIMARY KEY (grabber_id, skill)))"),
        QStringLiteral(R"(CREATE TABLE grabber_regions (
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id) ON DELETE CASCADE,
            region TEXT NOT NULL CHECK (length(region) > 0),
            PRIMARY KEY (grabber_id, region)))"),
        QStringLiteral(R"(CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            tier TEXT NOT NULL CHECK (tier IN ('vip', 'key', 'regular')),
            region TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE rule_sets (
            version INTEGER PRIMARY KEY CHECK (version > 0),
            body TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            created_by TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            currency TEXT NOT NULL DEFAULT 'CNY',
            skill TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
            priority_score INTEGER NOT NULL,
            rule_version INTEGER NOT NULL REFERENCES rule_sets(version),
            published_at INTEGER NOT NULL,
            pooled_at INTEGER NOT NULL,
            grab_deadline INTEGER NOT NULL CHECK (grab_deadline > pooled_at),
            min_level TEXT CHECK (min_level IS NULL OR min_level IN ('junior', 'senior', 'lead')),
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'assigned', 'won', 'lost', 'expired', 'cancelled')),
            assignee_id INTEGER REFERENCES grabbers(id),
            assigned_at INTEGER,
            closed_at INTEGER,
            CHECK ((state IN ('assigned', 'won', 'lost')) = (assignee_id IS NOT NULL AND assigned_at IS NOT NULL)),
            CHECK ((state IN ('won', 'lost', 'expired', 'cancelled')) = (closed_at IS NOT NULL))))"),
        QStringLiteral(R"(CREATE TABLE order_restrictions (
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            PRIMARY KEY (order_id, grabber_id)))"),
        // One row per time an order was held by a grabber: the metrics count these
        // (volume by assigned_at; won / lost / reclaimed by ended_at).
        QStringLiteral(R"(CREATE TABLE assignments (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            via TEXT NOT NULL CHECK (via IN ('grab', 'dispatch', 'manager')),
            assigned_at INTEGER NOT NULL,
            response_ms INTEGER NOT NULL CHECK (response_ms >= 0),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            skill TEXT NOT NULL DEFAULT '',
            last_follow_up_at INTEGER,
            warned_at INTEGER,
            ended_at INTEGER,
            end_reason TEXT CHECK (end_reason IS NULL
                OR end_reason IN ('won', 'lost', 'reclaimed', 'released', 'cancelled')),
            CHECK ((ended_at IS NULL) = (end_reason IS NULL))))"),
        // Running figures the dispatcher reads in one indexed look-up per grabber instead of
        // aggregating history on every decision; kept in the same transactions as the facts.
        // segment = skill x amount band (band_from: the lower bound of the band, in fen).
        QStringLiteral(R"(CREATE TABLE grabber_segment_stats (
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            skill TEXT NOT NULL,
            band_from INTEGER NOT NULL,
            wins INTEGER NOT NULL DEFAULT 0 CHECK (wins >= 0),
            closed INTEGER NOT NULL DEFAULT 0 CHECK (closed >= wins),
            PRIMARY KEY (grabber_id, skill, band_from)))"),
        // Per grabber and team-local calendar day: what the KPIs of any period of whole days add
        // up, so a quarter reads ~18,000 small rows instead of a million facts. Rebuilt from the
        // facts when the team time zone changes.
        QStringLiteral(R"(CREATE TABLE grabber_days (
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            day TEXT NOT NULL CHECK (length(day) = 10),
            volume INTEGER NOT NULL DEFAULT 0,
            won INTEGER NOT NULL DEFAULT 0,
            lost INTEGER NOT NULL DEFAULT 0,
            reclaimed INTEGER NOT NULL DEFAULT 0,
            revenue INTEGER NOT NULL DEFAULT 0,
            attempts INTEGER NOT NULL DEFAULT 0,
            attempts_won INTEGER NOT NULL DEFAULT 0,
            feedback_sum INTEGER NOT NULL DEFAULT 0,
            feedback_count INTEGER NOT NULL DEFAULT 0,
            violations INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (grabber_id, day)))"),
        QStringLiteral(R"(CREATE TABLE grabber_stats (
            grabber_id INTEGER PRIMARY KEY REFERENCES grabbers(id),
            open_workload INTEGER NOT NULL DEFAULT 0 CHECK (open_workload >= 0),
            feedback_sum INTEGER NOT NULL DEFAULT 0,
            feedback_count INTEGER NOT NULL DEFAULT 0,
            last_assigned_at INTEGER))"),
        QStringLiteral(R"(CREATE TABLE grab_attempts (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            at INTEGER NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('won', 'lost_race', 'rejected')),
            reason TEXT,
            rule_version INTEGER NOT NULL,
            CHECK ((result = 'rejected') = (reason IS NOT NULL))))"),
        // Append-only: the triggers below refuse every UPDATE and DELETE. Since no row is ever
        // deleted, a plain INTEGER PRIMARY KEY already grows monotonically (the live feed reads
        // "id > last seen"); AUTOINCREMENT would add a write per event for nothing.
        QStringLiteral(R"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            type TEXT NOT NULL CHECK (length(type) > 0),
            actor TEXT NOT NULL,
            order_id INTEGER,
            grabber_id INTEGER,
            rule_version INTEGER,
            reason TEXT,
            payload TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral(R"(CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END)"),
        QStringLiteral(R"(CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            at INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL UNIQUE REFERENCES orders(id),
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            comment TEXT NOT NULL DEFAULT '',
            at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE violations (
            id INTEGER PRIMARY KEY,
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            order_id INTEGER REFERENCES orders(id),
            at INTEGER NOT NULL,
            type TEXT NOT NULL CHECK (length(type) > 0),
            severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
            source TEXT NOT NULL CHECK (source IN ('auto', 'manual')),
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE targets (
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            month TEXT NOT NULL CHECK (length(month) = 7),
            won_count INTEGER NOT NULL CHECK (won_count >= 0),
            revenue INTEGER NOT NULL CHECK (revenue >= 0),
            PRIMARY KEY (grabber_id, month)))"),
        QStringLiteral(R"(CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('weekly_meeting', 'one_to_one')),
            held_on TEXT NOT NULL,
            grabber_id INTEGER REFERENCES grabbers(id),
            author TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE note_actions (
            id INTEGER PRIMARY KEY,
            note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            owner_grabber_id INTEGER REFERENCES grabbers(id),
            owner_name TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            due_on TEXT,
            done_at INTEGER))"),
        QStringLiteral(R"(CREATE TABLE review_cycles (
            id INTEGER PRIMARY KEY,
            quarter TEXT NOT NULL UNIQUE CHECK (length(quarter) = 7 AND substr(quarter, 5, 2) = '-Q'),
            state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'scoring', 'approved', 'locked')),
            settings TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL,
            opened_at INTEGER,
            approved_by TEXT,
            approved_at INTEGER,
            locked_at INTEGER))"),
        QStringLiteral(R"(CREATE TABLE review_entries (
            id INTEGER PRIMARY KEY,
            cycle_id INTEGER NOT NULL REFERENCES review_cycles(id),
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            kpi_snapshot TEXT NOT NULL DEFAULT '{}',
            kpi_score REAL,
            supervisor_score INTEGER CHECK (supervisor_score IS NULL OR supervisor_score BETWEEN 1 AND 5),
            supervisor_comment TEXT NOT NULL DEFAULT '',
            final_score REAL,
            grade TEXT CHECK (grade IS NULL OR grade IN ('A', 'B', 'C', 'D')),
            UNIQUE (cycle_id, grabber_id)))"),
        QStringLiteral(R"(CREATE TABLE review_decisions (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES review_entries(id),
            kind TEXT NOT NULL CHECK (kind IN ('bonus', 'honour', 'promotion', 'training', 'bonus_deduction', 'reassignment')),
            amount INTEGER CHECK (amount IS NULL OR amount >= 0),
            text TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            reason TEXT NOT NULL DEFAULT '',
            CHECK (kind NOT IN ('bonus_deduction', 'reassignment') OR length(trim(reason)) > 0)))"),

        QStringLiteral(R"(CREATE TABLE trainings (
            id INTEGER PRIMARY KEY,
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            course TEXT NOT NULL CHECK (length(trim(course)) > 0),
            category TEXT NOT NULL CHECK (category IN ('sales_skills', 'product_knowledge', 'customer_service')),
            taken_on TEXT,
            due_on TEXT,
            hours REAL CHECK (hours IS NULL OR hours >= 0),
            passed INTEGER CHECK (passed IS NULL OR passed IN (0, 1)),
            review_entry_id INTEGER REFERENCES review_entries(id)))"),

        // Indexes for the grab transaction, the board and the metrics. The per-grabber ones
        // cover what the KPIs read, so a quarter's figures never touch the table rows.
        QStringLiteral("CREATE INDEX orders_open_pool ON orders (state, priority, pooled_at)"),
        QStringLiteral("CREATE INDEX orders_assignee ON orders (assignee_id, state)"),
        QStringLiteral("CREATE INDEX grabber_days_by_day ON grabber_days (day)"),
        QStringLiteral("CREATE INDEX segment_stats_by_segment ON grabber_segment_stats (skill, band_from)"),
        QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id)"),
        QStringLiteral("CREATE INDEX orders_published ON orders (published_at)"),
        QStringLiteral("CREATE INDEX assignments_by_grabber_assigned ON assignments (grabber_id, assigned_at, response_ms)"),
        QStringLiteral("CREATE INDEX assignments_by_order ON assignments (order_id)"),
        // Only the holdings still open: what the reclaim sweep walks; tiny next to the history.
        QStringLiteral("CREATE INDEX assignments_open ON assignments (order_id) WHERE ended_at IS NULL"),
        QStringLiteral("CREATE INDEX attempts_by_grabber ON grab_attempts (grabber_id, at, result)"),
        QStringLiteral("CREATE INDEX attempts_by_order ON grab_attempts (order_id)"),
        QStringLiteral("CREATE INDEX events_by_order ON events (order_id)"),
        QStringLiteral("CREATE INDEX events_by_grabber ON events (grabber_id, at)"),
        QStringLiteral("CREATE INDEX follow_ups_by_order ON follow_ups (order_id, at)"),
        QStringLiteral("CREATE INDEX feedback_by_grabber ON feedback (grabber_id, at, score)"),
        QStringLiteral("CREATE INDEX violations_by_grabber ON violations (grabber_id, at, type)"),
        QStringLiteral("CREATE INDEX trainings_by_grabber ON trainings (grabber_id)"),
        QStringLiteral("CREATE INDEX notes_by_grabber ON notes (grabber_id, held_on)"),
        QStringLiteral("CREATE INDEX review_entries_by_grabber ON review_entries (grabber_id)"),
    };
}


// Version 2: the quarterly review's lock, enforced by the database itself, so that even a raw
// UPDATE from the sqlite3 shell cannot change a locked cycle. SQLite 3.40 (Debian 12) takes only
// a literal in RAISE(): the message cannot name the quarter; the core says which one. The
// cycle's state may only move along draft -> open -> scoring -> approved -> locked (and back
// from approved to scoring, when an approval is withdrawn); a locked row never changes again.
// Decisions gain who made them, when, and the trainings row a training decision assigned.
QStringList version2()
{
    const QString locked = QStringLiteral("SELECT RAISE(ABORT, 'review cycle is locked')");
    const QString cycleOfEntry = QStringLiteral("(SELECT state FROM review_cycles WHERE id = %1)");
    const QString cycleOfDecision =
        QStringLiteral("(SELECT c.state FROM review_entries e JOIN review_cycles c ON c.id = e.cycle_id WHERE e.id = %1)");
    return {
        QStringLiteral("ALTER TABLE review_decisions ADD COLUMN decided_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE review_decisions ADD COLUMN decided_at INTEGER"),
        QStringLiteral("ALTER TABLE review_decisions ADD COLUMN training_id INTEGER REFERENCES trainings(id)"),
        QStringLiteral("CREATE INDEX review_decisions_by_entry ON review_decisions (entry_id)"),
        QStringLiteral("CREATE INDEX trainings_by_review_entry ON trainings (review_entry_id)"),
        // The cycle row: nothing of a locked cycle changes (leaving 'locked' included) and no
        // locked cycle is deleted; a state change must follow the cycle's arrows.
        QStringLiteral("CREATE TRIGGER review_cycles_locked_update BEFORE UPDATE ON review_cycles "
                       "WHEN OLD.state = 'locked' BEGIN %1; END").arg(locked),
        QStringLiteral("CREATE TRIGGER review_cycles_locked_delete BEFORE DELETE ON review_cycles "
                       "WHEN OLD.state = 'locked' BEGIN %1; END").arg(locked),
        QStringLiteral("CREATE TRIGGER review_cycles_transition BEFORE UPDATE OF state ON review_cycles "
                       "WHEN OLD.state <> 'locked' AND NEW.state <> OLD.state AND NOT ("
                       "(OLD.state = 'draft' AND NEW.state = 'open') OR (OLD.state = 'open' AND NEW.state = 'scoring') OR "
                       "(OLD.state = 'scoring' AND NEW.state = 'approved') OR (OLD.state = 'approved' AND NEW.state = 'scoring') OR "
                       "(OLD.state = 'approved' AND NEW.state = 'locked')) "
                       "BEGIN SELECT RAISE(ABORT, 'illegal review cycle transition'); END"),
        QStringLiteral("CREATE TRIGGER review_cycles_insert_state BEFORE INSERT ON review_cycles "
                       "WHEN NEW.state <> 'draft' BEGIN SELECT RAISE(ABORT, 'a review cycle starts as a draft'); END"),
        // The entries and decisions of a locked cycle: no insert, update or delete.
        QStringLiteral("CREATE TRIGGER review_entries_locked_insert BEFORE INSERT ON review_entries "
                       "WHEN %2 = 'locked' BEGIN %1; END").arg(locked, cycleOfEntry.arg(QStringLiteral("NEW.cycle_id"))),
        QStringLiteral("CREATE TRIGGER review_entries_locked_update BEFORE UPDATE ON review_entries "
                       "WHEN %2 = 'locked' OR %3 = 'locked' BEGIN %1; END")
            .arg(locked, cycleOfEntry.arg(QStringLiteral("OLD.cycle_id")), cycleOfEntry.arg(QStringLiteral("NEW.cycle_id"))),
        QStringLiteral("CREATE TRIGGER review_entries_locked_delete BEFORE DELETE ON review_entries "
                       "WHEN %2 = 'locked' BEGIN %1; END").arg(locked, cycleOfEntry.arg(QStringLiteral("OLD.cycle_id"))),
        QStringLiteral("CREATE TRIGGER review_decisions_locked_insert BEFORE INSERT ON review_decisions "
                       "WHEN %2 = 'locked' BEGIN %1; END").arg(locked, cycleOfDecision.arg(QStringLiteral("NEW.entry_id"))),
        QStringLiteral("CREATE TRIGGER review_decisions_locked_update BEFORE UPDATE ON review_decisions "
                       "WHEN %2 = 'locked' OR %3 = 'locked' BEGIN %1; END")
            .arg(locked, cycleOfDecision.arg(QStringLiteral("OLD.entry_id")), cycleOfDecision.arg(QStringLiteral("NEW.entry_id"))),
        QStringLiteral("CREATE TRIGGER review_decisions_locked_delete BEFORE DELETE ON review_decisions "
                       "WHEN %2 = 'locked' BEGIN %1; END").arg(locked, cycleOfDecision.arg(QStringLiteral("OLD.entry_id"))),
    };
}

// An automatic violation's note is kept in English (`note`, what files and grabctl show) and as
// the phrase it was composed from (`note_phrase`, JSON of Phrase::toJson), so that a window in
// another language shows it in its own. NULL for manual notes, which are the manager's words.
QStringList version3()
{
    return {QStringLiteral("ALTER TABLE violations ADD COLUMN note_phrase TEXT")};
}

// Version 4: an attempt is kept once, as its event. Until version 3 every grab attempt was
// written twice, as a grab_attempts row (with two indexes) and as its grab_won / grab_lost_race
// / grab_rejected event, in the same transaction. A grab changed ~20 pages where a single-row
// commit changes one; these three were the cheapest to give up. grab_attempts stays as a view
// over the events, so every reader keeps its query; events_by_grabber gains the type, so the
// per-grabber attempt counts still read the index alone.
// orders_assignee only holds orders that have an assignee: a grab no longer removes the order
// from the index's NULL part (one page fewer), and every reader asks "assignee_id = ?", which
// SQLite knows implies the index's condition.
// The view spells its type test with OR: SQLite 3.40 evaluates an IN list of more than two
// constants through a temporary b-tree built each time a statement runs, and the grab counts
// recent attempts through this view.
QStringList version4()
{
    const QString typeOf = QStringLiteral("CASE a.result WHEN 'won' THEN 'grab_won' WHEN 'lost_race' THEN 'grab_lost_race' ELSE 'grab_rejected' END");
    return {
        // An attempt without its event (a file filled by a tool that wrote only the attempt)
        // gets one now, so that dropping the table loses nothing.
        QStringLiteral("INSERT INTO events (at, type, actor, order_id, grabber_id, rule_version, reason, payload) "
                       "SELECT a.at, %1, 'migration', a.order_id, a.grabber_id, a.rule_version, a.reason, '{}' FROM grab_attempts a "
                       "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.order_id = a.order_id AND e.grabber_id = a.grabber_id "
                       "AND e.at = a.at AND e.type = %1) ORDER BY a.at, a.id")
            .arg(typeOf),
        QStringLiteral("DROP TABLE grab_attempts"),
        QStringLiteral("CREATE VIEW grab_attempts AS SELECT id, order_id, grabber_id, at, "
                       "CASE type WHEN 'grab_won' THEN 'won' WHEN 'grab_lost_race' THEN 'lost_race' ELSE 'rejected' END AS result, "
                       "CASE WHEN type = 'grab_rejected' THEN reason END AS reason, rule_version "
                       "FROM events WHERE type = 'grab_won' OR type = 'grab_lost_race' OR type = 'grab_rejected'"),
        QStringLiteral("DROP INDEX events_by_grabber"),
        QStringLiteral("CREATE INDEX events_by_grabber ON events (grabber_id, at, type)"),
        QStringLiteral("DROP INDEX orders_assignee"),
        QStringLiteral("CREATE INDEX orders_assignee ON orders (assignee_id, state) WHERE assignee_id IS NOT NULL"),
        // A holding is looked up by its order (assignments_by_order: an order has one to three),
        // and the reclaim sweep walks the assigned orders (orders_open_pool) instead: one index
        // fewer for every grab, close, release and reclaim to change.
        QStringLiteral("DROP INDEX assignments_open"),
    };
}

// Version 5: what a grab writes, cut down. A grab is one commit, and its cost at
// synchronous=FULL is mostly the pages it changes (each one a WAL frame to write, sync and later
// copy back) and the statements it runs. Three changes:
// - The CHECK constraints of orders and assignments are spelled with OR instead of IN.
//   SQLite 3.40 tests `x IN (a, b, c)` against three or more constants through a temporary
//   b-tree built each time the statement runs, with a page cache of its own: ~80 KiB that glibc
//   hands back to the system after each statement and takes again, page fault by page fault. A
//   grab built six of them: ~8 page faults and ~20 us of CPU. The constraints say exactly what
//   they said. SQLite cannot alter a CHECK in place, so both tables are rebuilt as its ALTER
//   TABLE documentation describes (new table, copy, drop, rename, indexes again);
//   Database::migrate turns foreign keys off around it and checks them before committing.
// - The orders' indexes hold the live orders only: the open pool by priority (orders_pool) and
//   the orders in hand by grabber (orders_in_hand). A grab takes the order out of one and puts it
//   into the other; until now it moved the order within orders_open_pool (state, priority,
//   pooled_at) and added it to orders_assignee, which also kept every closed order. A
//   grabber's closed orders have an index of their own (orders_closed), which only a close
//   writes.
// - grabber_stats no longer keeps a grabber's open workload and last assignment time: they are
//   counted from the orders in hand and read from the assignments, which the grab writes anyway.
//   One row fewer to change per grab, and no counter to drift from the facts.
// (The new tables are written out in full: version 1 is what files of version 1 hold and must
// not change, so the rebuilt definitions cannot be derived from it.)
QStringList version5()
{
    const auto either = [](const QString &column, const QStringList &values) {
        QStringList terms;
        for (const QString &v : values) {
            terms << QStringLiteral("%1 = '%2'").arg(column, v);
        }
        return QStringLiteral("(") + terms.join(QStringLiteral(" OR ")) + QStringLiteral(")");
    };
    const QStringList orderStates = {QStringLiteral("open"),    QStringLiteral("assigned"), QStringLiteral("won"),
                                     QStringLiteral("lost"),    QStringLiteral("expired"),  QStringLiteral("cancelled")};
    const QString orderColumns = QStringLiteral(
        "id, customer_id, amount, currency, skill, region, priority, priority_score, rule_version, published_at, pooled_at, "
        "grab_deadline, min_level, state, assignee_id, assigned_at, closed_at");
    const QString assignmentColumns = QStringLiteral(
        "id, order_id, grabber_id, via, assigned_at, response_ms, amount, skill, last_follow_up_at, warned_at, ended_at, end_reason");
    return {
        QStringLiteral(R"(CREATE TABLE orders_v5 (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            currency TEXT NOT NULL DEFAULT 'CNY',
            skill TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
            priority_score INTEGER NOT NULL,
            rule_version INTEGER NOT NULL REFERENCES rule_sets(version),
            published_at INTEGER NOT NULL,
            pooled_at INTEGER NOT NULL,
            grab_deadline INTEGER NOT NULL CHECK (grab_deadline > pooled_at),
            min_level TEXT CHECK (min_level IS NULL OR %1),
            state TEXT NOT NULL DEFAULT 'open' CHECK %2,
            assignee_id INTEGER REFERENCES grabbers(id),
            assigned_at INTEGER,
            closed_at INTEGER,
            CHECK (%3 = (assignee_id IS NOT NULL AND assigned_at IS NOT NULL)),
            CHECK (%4 = (closed_at IS NOT NULL))))")
            .arg(either(QStringLiteral("min_level"), {QStringLiteral("junior"), QStringLiteral("senior"), QStringLiteral("lead")}),
                 either(QStringLiteral("state"), orderStates),
                 either(QStringLiteral("state"), {QStringLiteral("assigned"), QStringLiteral("won"), QStringLiteral("lost")}),
                 either(QStringLiteral("state"), {QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("expired"),
                                                  QStringLiteral("cancelled")})),
        QStringLiteral("INSERT INTO orders_v5 (%1) SELECT %1 FROM orders").arg(orderColumns),
        QStringLiteral("DROP TABLE orders"),
        QStringLiteral("ALTER TABLE orders_v5 RENAME TO orders"),
        QStringLiteral("CREATE INDEX orders_pool ON orders (priority, pooled_at) WHERE state = 'open'"),
        QStringLiteral("CREATE INDEX orders_in_hand ON orders (assignee_id, assigned_at) WHERE state = 'assigned'"),
        // A grabber's closed orders, newest first (the feedback still to record): written when an
        // order closes, never by a grab.
        QStringLiteral("CREATE INDEX orders_closed ON orders (assignee_id, closed_at) WHERE state = 'won' OR state = 'lost'"),
        QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id)"),
        QStringLiteral("CREATE INDEX orders_published ON orders (published_at)"),
        QStringLiteral(R"(CREATE TABLE assignments_v5 (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            grabber_id INTEGER NOT NULL REFERENCES grabbers(id),
            via TEXT NOT NULL CHECK %1,
            assigned_at INTEGER NOT NULL,
            response_ms INTEGER NOT NULL CHECK (response_ms >= 0),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            skill TEXT NOT NULL DEFAULT '',
            last_follow_up_at INTEGER,
            warned_at INTEGER,
            ended_at INTEGER,
            end_reason TEXT CHECK (end_reason IS NULL OR %2),
            CHECK ((ended_at IS NULL) = (end_reason IS NULL))))")
            .arg(either(QStringLiteral("via"), {QStringLiteral("grab"), QStringLiteral("dispatch"), QStringLiteral("manager")}),
                 either(QStringLiteral("end_reason"), {QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("reclaimed"),
                                                       QStringLiteral("released"), QStringLiteral("cancelled")})),
        QStringLiteral("INSERT INTO assignments_v5 (%1) SELECT %1 FROM assignments").arg(assignmentColumns),
        QStringLiteral("DROP TABLE assignments"),
        QStringLiteral("ALTER TABLE assignments_v5 RENAME TO assignments"),
        QStringLiteral("CREATE INDEX assignments_by_grabber_assigned ON assignments (grabber_id, assigned_at, response_ms)"),
        QStringLiteral("CREATE INDEX assignments_by_order ON assignments (order_id)"),
        QStringLiteral(R"(CREATE TABLE grabber_stats_v5 (
            grabber_id INTEGER PRIMARY KEY REFERENCES grabbers(id),
            feedback_sum INTEGER NOT NULL DEFAULT 0,
            feedback_count INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("INSERT INTO grabber_stats_v5 (grabber_id, feedback_sum, feedback_count) "
                       "SELECT grabber_id, feedback_sum, feedback_count FROM grabber_stats"),
        QStringLiteral("DROP TABLE grabber_stats"),
        QStringLiteral("ALTER TABLE grabber_stats_v5 RENAME TO grabber_stats"),
    };
}

// Tamper evidence (store/integrity.h, domain/chaindigest.h): each event's hash in the chain, the
// record of when the chain was built, and a locked review's seal. Database::migrate then builds
// the chain over the events already there (integrity::build), in the same transaction.
QStringList version6()
{
    const QString fixed = QStringLiteral("SELECT RAISE(ABORT, 'the event chain record is fixed')");
    return {
        QStringLiteral("ALTER TABLE events ADD COLUMN chain_hash BLOB"),
        QStringLiteral(R"(CREATE TABLE event_chain (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            guaranteed_from INTEGER NOT NULL,
            built_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE TRIGGER event_chain_no_update BEFORE UPDATE ON event_chain BEGIN %1; END").arg(fixed),
        QStringLiteral("CREATE TRIGGER event_chain_no_delete BEFORE DELETE ON event_chain BEGIN %1; END").arg(fixed),
        QStringLiteral("ALTER TABLE review_cycles ADD COLUMN seal_digest BLOB"),
        QStringLiteral("ALTER TABLE review_cycles ADD COLUMN seal_head_id INTEGER"),
        QStringLiteral("ALTER TABLE review_cycles ADD COLUMN seal_head_hash BLOB"),
    };
}

// Rules that never sleep (services/rules/servicepresence.h): each running `grabctl serve`
// has a row, beaten every few seconds, so that windows know whether someone sweeps.
QStringList version7()
{
    return {
        QStringLiteral(R"(CREATE TABLE services (
            id INTEGER PRIMARY KEY,
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            version TEXT NOT NULL DEFAULT '',
            started_at INTEGER NOT NULL,
            beat_at INTEGER NOT NULL,
            swept_at INTEGER,
            last_sweep TEXT NOT NULL DEFAULT ''))"),
    };
}

} // namespace

QString triggerSql(const QString &name)
{
    const QString prefix = QStringLiteral("CREATE TRIGGER %1 ").arg(name);
    for (int v = kVersion; v >= 1; --v) {
        for (const QString &statement : migrationTo(v)) {
            if (statement.startsWith(prefix)) {
                return statement;
            }
        }
    }
    return {};
}

QStringList migrationTo(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    default:
        return {};
    }
}

} // namespace grab::schema

#pragma once

// The board page on a real database, offscreen: three grabbers, a VIP and a regular customer,
// and the page opened on its own live hub (tst_boardpage, tst_boardstill).

#include "../core/testdb.h"

#include "board/boardpage.h"
#include "board/liveordermodel.h"
#include "common/appsettings.h"
#include "live/livehub.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace grab::test {

using namespace grab::ui;

struct BoardFixture
{
    TestDb t;
    QTemporaryDir dir;
    qint64 ann = 0, bob = 0, cat = 0;
    qint64 vip = 0, regular = 0;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<LiveHub> hub; // before the board: it goes after it
    std::unique_ptr<BoardPage> board;

    BoardFixture()
    {
        ann = t.grabber(QStringLiteral("Ann"), Level::Senior);
        bob = t.grabber(QStringLiteral("Bob"));
        cat = t.grabber(QStringLiteral("Cat"));
        vip = t.customer(Tier::Vip);
        regular = t.customer();
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    }
    BoardPage &open()
    {
        board.reset();
        hub = std::make_unique<LiveHub>(LiveHub::sourceFor(t.path(), t.clock));
        board = std::make_unique<BoardPage>(t.db(), t.clock, *settings, *hub);
        board->resize(1400, 800);
        board->show();
        if (!QTest::qWaitFor([&] { return board->isLoaded(); }, 5000)) {
            qFatal("the board did not load");
        }
        return *board;
    }
    bool inPool(qint64 id) const
    {
        const Order *o = board->orders()->order(id);
        return o && o->state == OrderState::Open;
    }
};

} // namespace grab::test

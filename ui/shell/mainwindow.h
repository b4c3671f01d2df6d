#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QFrame;
class QThread;

namespace grab {
class Database;
}

namespace grab::ui {

struct OpenedDatabase;
class SweepWorker;

// The manager's window: navigation on the left (Board, Dashboards, Reviews, Team, Rules,
// Reports), the page on the right, a banner for things the manager must know (a demo was
// created), and the database in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(OpenedDatabase opened, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class Page { Board, Dashboards, Reviews, Team, Rules, Reports };
    void showPage(Page page);
    Page currentPage() const;

    // For tests and the status bar: where the data lives, and whether the banner is up.
    QString databasePath() const;
    bool isBannerVisible() const;
    QString bannerText() const;

private:
    void buildMenus();
    QWidget *buildBoardPage();
    void showBanner(const QString &text);
    void openOther();
    void about();
    void startSweeps();
    void showSweep(int reclaimed, int warned, int dispatched, const QString &error);

    std::unique_ptr<Database> m_db;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QLabel *m_sweepLabel = nullptr;
    QThread *m_sweepThread = nullptr;
    SweepWorker *m_sweeper = nullptr;
};

} // namespace grab::ui

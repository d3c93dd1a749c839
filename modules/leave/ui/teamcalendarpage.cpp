#include "teamcalendarpage.h"
#include <leave/leavetr.h>

#include "leaveexportfile.h"
#include "teamcalendardelegate.h"
#include "teamcalendarview.h"
#include <leave/models/teamcalendarmodel.h>
#include <leave/output/leavebalancesexport.h>
#include <leave/output/leaveicalendarexport.h>
#include <leave/store/leaveauthority.h>
#include <leave/store/unitdirectory.h>

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/extension/liverefresh.h>
#include <core/storage/database.h>
#include <hr/ui/hrwidgets.h>

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Civitas::Leave::Internal {

namespace {

QString swatch(const QColor &colour, const QString &glyph = QStringLiteral("&#9632;"))
{
    return QStringLiteral("<span style=\"color:%1; font-size:large\">%2</span>")
        .arg(colour.name(), glyph);
}

QString legendItem(const QString &mark, const QString &text)
{
    // Non-breaking inside an item: the label wraps between items only ("week-end" too).
    QString t = text.toHtmlEscaped();
    t.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    t.replace(QLatin1Char('-'), QStringLiteral("&#8209;"));
    return mark + QStringLiteral("&nbsp;") + t;
}

} // namespace

TeamCalendarPage::TeamCalendarPage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_model(new TeamCalendarModel(database, this))
    , m_view(new TeamCalendarView(this))
    , m_unit(new QComboBox(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_thisMonth(new QPushButton(Tr::tr("This month"), this))
    , m_exportCalendar(new QPushButton(Tr::tr("Export (.ics)…"), this))
    , m_exportBalances(new QPushButton(Tr::tr("Balances (CSV)…"), this))
    , m_monthLabel(new QLabel(this))
    , m_staffing(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("teamCalendarPage"));
    m_view->setObjectName(QStringLiteral("teamCalendarView"));
    m_view->setAccessibleName(Tr::tr("Team calendar"));
    m_view->setCalendarModel(m_model);
    m_unit->setObjectName(QStringLiteral("teamCalendarUnit"));
    m_unit->setAccessibleName(Tr::tr("Unit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_previous->setObjectName(QStringLiteral("previousMonth"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    m_previous->setToolTip(Tr::tr("Previous month"));
    m_previous->setAccessibleName(Tr::tr("Previous month"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_next->setObjectName(QStringLiteral("nextMonth"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    m_next->setToolTip(Tr::tr("Next month"));
    m_next->setAccessibleName(Tr::tr("Next month"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_thisMonth->setObjectName(QStringLiteral("thisMonth"));
    m_exportCalendar->setObjectName(QStringLiteral("exportTeamCalendar"));
    m_exportCalendar->setAccessibleName(
        Tr::tr("Export the month's approved leave to a calendar file"));
    m_exportCalendar->setToolTip(
        Tr::tr("The approved leave of this unit in the month shown, as a file (.ics) for "
               "Outlook, Thunderbird or a phone"));
    m_exportBalances->setObjectName(QStringLiteral("exportTeamBalances"));
    m_exportBalances->setAccessibleName(Tr::tr("Export the leave balances of the unit"));
    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    QFont monthFont = m_monthLabel->font();
    monthFont.setBold(true);
    monthFont.setPointSizeF(monthFont.pointSizeF() * 1.15);
    m_monthLabel->setFont(monthFont);
    m_monthLabel->setMinimumWidth(150);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_staffing->setObjectName(QStringLiteral("staffingLabel"));
    m_staffing->setWordWrap(true);
    m_legend->setObjectName(QStringLiteral("calendarLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_empty->setObjectName(QStringLiteral("calendarEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *unitLabel = new QLabel(Tr::tr("&Unit"), this);
    unitLabel->setBuddy(m_unit);
    auto *bar = new QHBoxLayout;
    bar->addWidget(unitLabel);
    bar->addWidget(m_unit);
    bar->addStretch(1);
    bar->addWidget(m_previous);
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_next);
    bar->addWidget(m_thisMonth);

    auto *header = new QHBoxLayout;
    header->addWidget(Hr::HrWidgets::pageTitle(Tr::tr("Team calendar"), this));
    header->addStretch(1);
    header->addWidget(m_exportCalendar);
    header->addWidget(m_exportBalances);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addLayout(header);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_staffing);
    layout->addWidget(m_legend);

    connect(m_previous, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    connect(m_thisMonth, &QPushButton::clicked, this, [this] { showMonth(today()); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_exportCalendar,
            &QPushButton::clicked,
            this,
            &TeamCalendarPage::exportICalendarToChosenFile);
    connect(m_exportBalances,
            &QPushButton::clicked,
            this,
            &TeamCalendarPage::exportBalancesToChosenFile);
    connect(&session, &Session::changed, this, &TeamCalendarPage::reloadData);

    m_month = QDate(today().year(), today().month(), 1);
    fillUnits();
    load();
    // Requests, decisions and postings from other desks.
    LiveRefresh::follow(this,
                        database,
                        {QStringLiteral("leave_requests"),
                         QStringLiteral("leave_days_off"),
                         QStringLiteral("leave_types"),
                         QStringLiteral("leave_delegations"),
                         QStringLiteral("agents"),
                         QStringLiteral("org_units"),
                         QStringLiteral("working_times")},
                        [this] { reloadData(); });
}

void TeamCalendarPage::setToday(QDate today)
{
    m_today = today;
    m_view->setToday(today);
    // The units a deputy acts on depend on the day.
    fillUnits();
    showMonth(today);
}

void TeamCalendarPage::showMonth(QDate month)
{
    m_month = QDate(month.year(), month.month(), 1);
    load();
}

bool TeamCalendarPage::selectUnit(const QString &unitId)
{
    const int i = m_unit->findData(unitId);
    if (i < 0)
        return false;
    m_unit->setCurrentIndex(i);
    return true;
}

void TeamCalendarPage::fillUnits()
{
    const QString current = m_unit->currentData().toString();
    const QSignalBlocker blocker(m_unit);
    m_unit->clear();
    m_unitsError.clear();
    if (m_session.hasRole(Roles::Hr)) {
        Hr::HrWidgets::addUnits(m_unit, m_database);
    } else {
        // The units the user acts on today, as a tree: each unit followed by its sub-units.
        const QStringList ids = LeaveAuthority(m_database, m_session).units(today());
        const Result<QList<UnitDirectory::Unit>> found = UnitDirectory(m_database).liveUnits(ids);
        if (!found.ok())
            m_unitsError = found.error();
        const QList<UnitDirectory::Unit> units = found.valueOr({});
        std::function<void(const QString &, int)> add = [&](const QString &parent, int depth) {
            for (const UnitDirectory::Unit &u : units) {
                if (u.parentId == parent) {
                    m_unit->addItem(QString(depth * 4, QLatin1Char(' ')) + u.name, u.id);
                    add(u.id, depth + 1);
                }
            }
        };
        for (const UnitDirectory::Unit &u : units) {
            const bool root = std::none_of(
                units.cbegin(), units.cend(), [&u](const auto &p) { return p.id == u.parentId; });
            if (root) {
                m_unit->addItem(u.name, u.id);
                add(u.id, 1);
            }
        }
    }
    const int i = m_unit->findData(current);
    m_unit->setCurrentIndex(i >= 0 ? i : 0);
}

void TeamCalendarPage::load()
{
    const QString unit = m_unit->currentData().toString();
    const bool none = unit.isEmpty();
    m_empty->setVisible(none);
    // A file that could not be read is said as such, not as a head without a team.
    m_empty->setText(m_unitsError.isEmpty() ? Tr::tr(
                         "You decide on nobody's leave: there is no team calendar to show.")
                                            : m_unitsError);
    m_view->setVisible(!none);
    m_unit->setEnabled(!none);
    m_exportCalendar->setEnabled(!none);
    m_exportBalances->setEnabled(!none);
    m_model->load(none ? QStringList() : QStringList{unit}, m_month);
    updateLabels();
}

void TeamCalendarPage::updateLabels()
{
    const QLocale locale;
    QString monthName = locale.standaloneMonthName(m_month.month(), QLocale::LongFormat);
    if (!monthName.isEmpty())
        monthName[0] = monthName.at(0).toUpper();
    m_monthLabel->setText(monthName + QLatin1Char(' ') + QString::number(m_month.year()));
    const int minimum = m_model->minimumStaffing();
    if (m_model->agentCount() == 0) {
        m_staffing->setText(Tr::tr("No agent in this unit."));
    } else if (minimum == 0) {
        m_staffing->setText(Tr::tr("%n agent(s). No minimum staffing is set for this unit.",
                                   nullptr,
                                   m_model->agentCount()));
    } else {
        const QList<QDate> below = m_model->daysBelowMinimum();
        QStringList days;
        for (const QDate &d : below)
            days.append(QString::number(d.day()));
        QString text
            = Tr::tr("%n agent(s). Minimum staffing: %1 present.", nullptr, m_model->agentCount())
                  .arg(minimum);
        if (!below.isEmpty())
            text += QLatin1Char(' ')
                    + QStringLiteral("<b style=\"color:%1\">%2</b>")
                          .arg(TeamCalendarDelegate::belowMinimumColour().name(),
                               Tr::tr("Below it on %1.")
                                   .arg(days.join(QStringLiteral(", ")))
                                   .toHtmlEscaped());
        m_staffing->setText(text);
    }
    m_legend->setText(legendHtml(m_model));
    m_exportBalances->setToolTip(
        Tr::tr("The leave balances of this unit's agents for %1, for a spreadsheet (CSV)")
            .arg(m_month.year()));
}

QString TeamCalendarPage::unitId() const
{
    return m_unit->currentData().toString();
}

QString TeamCalendarPage::unitFileNamePart() const
{
    // The unit's code ("DRH") is shorter than its name and says as much.
    const QString part
        = LeaveExportFile::fileNamePart(UnitDirectory(m_database).shortName(unitId()).valueOr({}));
    return part.isEmpty() ? LeaveExportFile::fileNamePart(m_unit->currentText()) : part;
}

QString TeamCalendarPage::iCalendarFileName() const
{
    return LeaveExportFile::fileNamePart(
               Tr::tr("leave-%1-%2", "file name of the calendar export")
                   .arg(unitFileNamePart(), m_month.toString(QStringLiteral("yyyy-MM"))))
           + QStringLiteral(".ics");
}

QString TeamCalendarPage::balancesFileName() const
{
    return LeaveExportFile::fileNamePart(
               Tr::tr("balances-%1-%2", "file name of the balances export")
                   .arg(unitFileNamePart())
                   .arg(m_month.year()))
           + QStringLiteral(".csv");
}

void TeamCalendarPage::showProblem(const QString &objectName, const QString &text, bool warning)
{
    // Window-modal, not blocking: the page stays in the event loop.
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information,
                                Tr::tr("Export"),
                                text,
                                QMessageBox::Ok,
                                this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool TeamCalendarPage::exportICalendar(const QString &path)
{
    QString error;
    const ICalendarWriter calendar
        = LeaveICalendarExport::unit(m_database, unitId(), m_month, lastDayOfMonth(), &error);
    if (!error.isEmpty()) {
        showProblem(QStringLiteral("exportProblem"), error);
        return false;
    }
    if (!LeaveExportFile::write(
            path,
            [&calendar](QIODevice *device, QString *reason) {
                return calendar.write(device, reason);
            },
            &error)) {
        showProblem(QStringLiteral("exportProblem"), error);
        return false;
    }
    return true;
}

bool TeamCalendarPage::exportBalances(const QString &path)
{
    const QString unit = unitId();
    const int year = m_month.year();
    QString error;
    if (!LeaveExportFile::write(
            path,
            [this, &unit, year](QIODevice *device, QString *reason) {
                return LeaveBalancesExport::write(m_database, unit, year, device, reason);
            },
            &error)) {
        showProblem(QStringLiteral("exportProblem"), error);
        return false;
    }
    return true;
}

void TeamCalendarPage::exportICalendarToChosenFile()
{
    if (unitId().isEmpty())
        return;
    QString readError;
    const bool empty
        = LeaveICalendarExport::unit(m_database, unitId(), m_month, lastDayOfMonth(), &readError)
              .events()
              .isEmpty();
    if (!readError.isEmpty()) {
        showProblem(QStringLiteral("exportProblem"), readError);
        return;
    }
    // Nothing to put in a calendar: said before a file is asked for.
    if (empty) {
        showProblem(
            QStringLiteral("exportNothing"),
            Tr::tr("Nobody in %1 has approved leave in %2: there is nothing to put in a calendar.")
                .arg(m_unit->currentText().trimmed(), m_monthLabel->text()),
            false);
        return;
    }
    LeaveExportFile::askPath(this,
                             QStringLiteral("exportTeamCalendarDialog"),
                             Tr::tr("Export the team's leave"),
                             iCalendarFileName(),
                             Tr::tr("Calendar files (*.ics)"),
                             [this](const QString &path) { exportICalendar(path); });
}

void TeamCalendarPage::exportBalancesToChosenFile()
{
    if (unitId().isEmpty())
        return;
    LeaveExportFile::askPath(this,
                             QStringLiteral("exportTeamBalancesDialog"),
                             Tr::tr("Export the leave balances"),
                             balancesFileName(),
                             Tr::tr("CSV files (*.csv)"),
                             [this](const QString &path) { exportBalances(path); });
}

QString TeamCalendarPage::legendHtml(const TeamCalendarModel *model)
{
    QStringList items;
    for (const auto &type : model->typesShown())
        items.append(legendItem(swatch(type.second), type.first));
    items.append(legendItem(swatch(QColor(0x60, 0x60, 0x60), QStringLiteral("&#9640;")),
                            Tr::tr("hatched: waiting for a decision")));
    items.append(legendItem(swatch(QColor(0x60, 0x60, 0x60), QStringLiteral("&#9636;")),
                            Tr::tr("white line: cancellation asked")));
    items.append(legendItem(swatch(TeamCalendarDelegate::notWorkedColour()), Tr::tr("not worked")));
    items.append(legendItem(swatch(TeamCalendarDelegate::shadeColour().darker(106)),
                            Tr::tr("weekend, public holiday, day off")));
    items.append(legendItem(swatch(TeamCalendarDelegate::belowMinimumColour(), QStringLiteral("2")),
                            Tr::tr("present, in red below the minimum")));
    return items.join(QStringLiteral(" &nbsp; &nbsp; "));
}

void TeamCalendarPage::reloadData()
{
    fillUnits();
    load();
}

} // namespace Civitas::Leave::Internal

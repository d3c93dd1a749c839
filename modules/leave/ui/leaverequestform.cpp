#include "leaverequestform.h"
#include <leave/leavetr.h>

#include <leave/domain/leavetextlimits.h>
#include <leave/models/leaverequestlistmodel.h>

#include <hr/ui/dateedit.h>

#include <core/extension/liverefresh.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextCursor>
#include <QVBoxLayout>

#include <utility>

namespace Civitas::Leave::Internal {

using Hr::WeeklyPattern;

namespace {

const char problemStyle[] = "color: #b00020;";

QIcon colourIcon(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(colour));
    painter.setPen(QColor(colour).darker(130));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

Hr::DateEdit *dateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new Hr::DateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumWidth(130);
    return edit;
}

QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QLatin1String(problemStyle));
    label->hide();
    return label;
}

// Two strings rather than %n: the count may hold a half day ("4,5").
QString daysText(int halfDays, bool calendarDays)
{
    const QLocale locale;
    const QString number = locale.toString(halfDays / 2.0, 'f', halfDays % 2 == 0 ? 0 : 1);
    if (calendarDays)
        return halfDays <= 2 ? Tr::tr("%1 calendar day").arg(number)
                             : Tr::tr("%1 calendar days").arg(number);
    return halfDays <= 2 ? Tr::tr("%1 working day").arg(number)
                         : Tr::tr("%1 working days").arg(number);
}

// The next day worked by most: Monday to Friday.
QDate nextWeekday(QDate day)
{
    QDate next = day.addDays(1);
    while (next.dayOfWeek() > 5)
        next = next.addDays(1);
    return next;
}

} // namespace

LeaveRequestForm::LeaveRequestForm(LeaveRequestStore &store,
                                   const QString &agentId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_agentId(agentId)
    , m_form(new QFormLayout)
    , m_type(new QComboBox(this))
    , m_firstDay(dateEdit(QStringLiteral("firstDay"), Tr::tr("First day"), this))
    , m_firstHalf(new QComboBox(this))
    , m_lastDay(dateEdit(QStringLiteral("lastDay"), Tr::tr("Last day"), this))
    , m_lastHalf(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_documentRow(new QWidget(this))
    , m_documentName(new QLabel(m_documentRow))
    , m_attach(new QPushButton(Tr::tr("&Attach a document..."), m_documentRow))
    , m_removeDocument(new QPushButton(Tr::tr("Remove"), m_documentRow))
    , m_comment(new QPlainTextEdit(this))
    , m_error(problemLabel(QStringLiteral("requestError"), this))
    , m_changedElsewhere(new QFrame(this))
    , m_changedElsewhereText(new QLabel(m_changedElsewhere))
    , m_reload(new QPushButton(Tr::tr("Reload the request"), m_changedElsewhere))
    , m_keepEditing(new QPushButton(Tr::tr("Keep editing"), m_changedElsewhere))
    , m_submit(new QPushButton(Tr::tr("&Submit"), this))
    , m_saveDraft(new QPushButton(Tr::tr("Save as &draft"), this))
    , m_cancel(new QPushButton(Tr::tr("Cancel"), this))
{
    setObjectName(QStringLiteral("leaveRequestForm"));
    setWindowTitle(Tr::tr("New leave request"));
    m_request.agentId = agentId;

    m_type->setObjectName(QStringLiteral("leaveType"));
    m_type->setAccessibleName(Tr::tr("Kind of leave"));
    for (const LeaveType &t : m_store.types().requestableTypes(false))
        m_type->addItem(colourIcon(t.colour), t.label, t.id);

    m_firstHalf->setObjectName(QStringLiteral("firstDayHalf"));
    m_firstHalf->setAccessibleName(Tr::tr("First day: whole day or afternoon only"));
    m_firstHalf->addItem(Tr::tr("Whole day"), int(WeeklyPattern::Morning));
    m_firstHalf->addItem(Tr::tr("Afternoon only"), int(WeeklyPattern::Afternoon));
    m_lastHalf->setObjectName(QStringLiteral("lastDayHalf"));
    m_lastHalf->setAccessibleName(Tr::tr("Last day: whole day or morning only"));
    m_lastHalf->addItem(Tr::tr("Whole day"), int(WeeklyPattern::Afternoon));
    m_lastHalf->addItem(Tr::tr("Morning only"), int(WeeklyPattern::Morning));

    const QDate first = nextWeekday(m_store.today());
    m_firstDay->setDate(first);
    m_lastDay->setDate(first);

    m_count->setObjectName(QStringLiteral("requestCount"));
    m_count->setAccessibleName(Tr::tr("Duration counted"));
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_skipped->setObjectName(QStringLiteral("requestSkipped"));
    m_skipped->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_balance->setObjectName(QStringLiteral("requestBalance"));
    m_balance->setAccessibleName(Tr::tr("Balance"));
    m_balance->setWordWrap(true);
    m_balance->setTextFormat(Qt::RichText);

    m_documentName->setObjectName(QStringLiteral("documentName"));
    m_attach->setObjectName(QStringLiteral("attachDocument"));
    m_attach->setAccessibleName(Tr::tr("Attach a supporting document"));
    m_removeDocument->setObjectName(QStringLiteral("removeDocument"));
    m_removeDocument->setAccessibleName(Tr::tr("Remove the document"));
    auto *documentLayout = new QHBoxLayout(m_documentRow);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->addWidget(m_documentName, 1);
    documentLayout->addWidget(m_attach);
    documentLayout->addWidget(m_removeDocument);

    m_comment->setObjectName(QStringLiteral("leaveComment"));
    m_comment->setAccessibleName(Tr::tr("Comment for your head"));
    m_comment->setPlaceholderText(Tr::tr("Optional: a word for whoever decides"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 12);
    // A plain text edit has no maximum length: the server's is kept as it is typed or pasted.
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_comment->toPlainText();
        if (text.size() <= LeaveTextLimits::comment)
            return;
        m_comment->setPlainText(text.left(LeaveTextLimits::comment));
        m_comment->moveCursor(QTextCursor::End);
    });

    for (auto [field, name] : {std::pair{LeaveProblem::Field::Type, "typeProblem"},
                               std::pair{LeaveProblem::Field::Dates, "datesProblem"},
                               std::pair{LeaveProblem::Field::Document, "documentProblem"},
                               std::pair{LeaveProblem::Field::Balance, "balanceProblem"},
                               std::pair{LeaveProblem::Field::Comment, "commentProblem"}})
        m_problemLabels.insert(int(field), problemLabel(QLatin1String(name), this));

    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_firstDay);
    firstRow->addWidget(m_firstHalf);
    firstRow->addStretch(1);
    auto *lastRow = new QHBoxLayout;
    lastRow->addWidget(m_lastDay);
    lastRow->addWidget(m_lastHalf);
    lastRow->addStretch(1);
    auto column = [this](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        for (QWidget *w : widgets)
            v->addWidget(w);
        return box;
    };
    auto *typeLabel = new QLabel(Tr::tr("&Leave:"), this);
    typeLabel->setBuddy(m_type);
    auto *firstLabel = new QLabel(Tr::tr("&First day:"), this);
    firstLabel->setBuddy(m_firstDay);
    auto *lastLabel = new QLabel(Tr::tr("La&st day:"), this);
    lastLabel->setBuddy(m_lastDay);
    auto *commentLabel = new QLabel(Tr::tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    m_form->addRow(typeLabel,
                   column({m_type, m_problemLabels.value(int(LeaveProblem::Field::Type))}));
    m_form->addRow(firstLabel, firstRow);
    m_form->addRow(lastLabel, lastRow);
    m_form->addRow(
        Tr::tr("Duration:"),
        column({m_count, m_skipped, m_problemLabels.value(int(LeaveProblem::Field::Dates))}));
    m_form->addRow(Tr::tr("Balance:"),
                   column({m_balance, m_problemLabels.value(int(LeaveProblem::Field::Balance))}));
    m_form->addRow(
        Tr::tr("Document:"),
        column({m_documentRow, m_problemLabels.value(int(LeaveProblem::Field::Document))}));
    m_form->addRow(commentLabel,
                   column({m_comment, m_problemLabels.value(int(LeaveProblem::Field::Comment))}));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_submit->setObjectName(QStringLiteral("submitRequest"));
    m_submit->setDefault(true);
    m_saveDraft->setObjectName(QStringLiteral("saveDraft"));
    m_cancel->setObjectName(QStringLiteral("cancelRequest"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_saveDraft, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    m_changedElsewhere->setObjectName(QStringLiteral("leaveRequestChangedElsewhere"));
    m_changedElsewhere->setStyleSheet(QStringLiteral(
        "QFrame#leaveRequestChangedElsewhere { background: #fff4d6; border: 1px solid #e0b84a;"
        " border-radius: 3px; } QLabel { color: #5c4400; }"));
    m_changedElsewhereText->setObjectName(QStringLiteral("leaveRequestChangedElsewhereText"));
    m_changedElsewhereText->setWordWrap(true);
    m_reload->setObjectName(QStringLiteral("reloadLeaveRequest"));
    m_reload->setToolTip(Tr::tr("Show the request as it is now; what you typed is lost"));
    m_keepEditing->setObjectName(QStringLiteral("keepEditingLeaveRequest"));
    m_keepEditing->setToolTip(Tr::tr("Save what you typed over it"));
    auto *changedLayout = new QHBoxLayout(m_changedElsewhere);
    changedLayout->setContentsMargins(8, 4, 8, 4);
    changedLayout->addWidget(m_changedElsewhereText, 1);
    changedLayout->addWidget(m_reload);
    changedLayout->addWidget(m_keepEditing);
    m_changedElsewhere->hide();
    connect(m_reload, &QPushButton::clicked, this, &LeaveRequestForm::reloadRequest);
    connect(m_keepEditing, &QPushButton::clicked, this, &LeaveRequestForm::keepEditing);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_changedElsewhere);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    resize(700, sizeHint().height());

    connect(m_type, &QComboBox::currentIndexChanged, this, &LeaveRequestForm::typeChanged);
    connect(m_firstDay, &QDateEdit::dateChanged, this, &LeaveRequestForm::firstDayChanged);
    connect(m_lastDay, &QDateEdit::dateChanged, this, &LeaveRequestForm::refresh);
    connect(m_firstHalf, &QComboBox::currentIndexChanged, this, &LeaveRequestForm::refresh);
    connect(m_lastHalf, &QComboBox::currentIndexChanged, this, &LeaveRequestForm::refresh);
    connect(m_attach, &QPushButton::clicked, this, &LeaveRequestForm::chooseDocument);
    connect(m_removeDocument, &QPushButton::clicked, this, &LeaveRequestForm::removeDocument);
    connect(m_submit, &QPushButton::clicked, this, &LeaveRequestForm::submit);
    connect(m_saveDraft, &QPushButton::clicked, this, &LeaveRequestForm::saveDraft);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    // The agent's draft edited on another desk, a new balance, a day off, a recount.
    LiveRefresh::follow(this,
                        m_store.database(),
                        {QStringLiteral("leave_requests"),
                         QStringLiteral("leave_ledger_entries"),
                         QStringLiteral("leave_types"),
                         QStringLiteral("leave_days_off"),
                         QStringLiteral("working_times")},
                        [this] { followChanges(); });

    typeChanged();
}

bool LeaveRequestForm::isEdited() const
{
    const LeaveRequest typed = request();
    return typed.leaveTypeId != m_request.leaveTypeId || typed.start.date != m_request.start.date
           || typed.start.half != m_request.start.half || typed.end.date != m_request.end.date
           || typed.end.half != m_request.end.half || typed.comment != m_request.comment.trimmed()
           || typed.documentSha256 != m_request.documentSha256
           || typed.document != m_request.document;
}

void LeaveRequestForm::followChanges()
{
    if (m_request.id.isEmpty()) {
        refresh(); // a new request: only its count and balance can change
        return;
    }
    LeaveRequest now;
    if (!m_store.load(m_request.id, &now)) {
        // Gone from this desk's view: what is typed stays, and saving says why.
        refresh();
        return;
    }
    if (now.updatedAt == m_request.updatedAt && now.state == m_request.state) {
        refresh();
        return;
    }
    const bool stillDraft = now.state == LeaveRequestState::Draft;
    if (stillDraft && !isEdited()) {
        setRequest(now);
        return;
    }
    m_changedElsewhereText->setText(
        stillDraft ? Tr::tr("This request was changed on another desk while you were editing "
                            "it. What you typed is not saved yet.")
                   : Tr::tr("This request was %1 on another desk: it can no longer be changed "
                            "here.")
                         .arg(LeaveRequestStates::label(now.state).toLower()));
    m_changedElsewhere->setAccessibleName(m_changedElsewhereText->text());
    m_reload->setVisible(stillDraft);
    m_keepEditing->setVisible(stillDraft);
    m_lockedElsewhere = !stillDraft;
    m_saveDraft->setEnabled(stillDraft);
    m_changedElsewhere->show();
    refresh();
}

bool LeaveRequestForm::isChangedElsewhereShown() const
{
    return !m_changedElsewhere->isHidden();
}

void LeaveRequestForm::reloadRequest()
{
    LeaveRequest now;
    if (m_store.load(m_request.id, &now))
        setRequest(now);
    m_changedElsewhere->hide();
}

void LeaveRequestForm::keepEditing()
{
    // The save writes what is typed over the other desk's version; the push then merges the
    // fields or records a conflict, as for any edit made offline.
    LeaveRequest now;
    if (m_store.load(m_request.id, &now))
        m_request.updatedAt = now.updatedAt;
    m_changedElsewhere->hide();
}

void LeaveRequestForm::setRequest(const LeaveRequest &request)
{
    m_loading = true;
    m_request = request;
    if (m_request.agentId.isEmpty())
        m_request.agentId = m_agentId;
    setWindowTitle(request.id.isEmpty() ? Tr::tr("New leave request")
                                        : Tr::tr("Leave request (draft)"));
    const int typeIndex = m_type->findData(request.leaveTypeId);
    if (typeIndex >= 0)
        m_type->setCurrentIndex(typeIndex);
    if (request.start.date.isValid())
        m_firstDay->setDate(request.start.date);
    if (request.end.date.isValid())
        m_lastDay->setDate(request.end.date);
    m_firstHalf->setCurrentIndex(m_firstHalf->findData(int(request.start.half)));
    m_lastHalf->setCurrentIndex(m_lastHalf->findData(int(request.end.half)));
    m_comment->setPlainText(request.comment);
    m_loading = false;
    typeChanged();
}

const LeaveType *LeaveRequestForm::currentType() const
{
    return m_store.types().byId(m_type->currentData().toString());
}

LeaveRequest LeaveRequestForm::request() const
{
    LeaveRequest r = m_request;
    const LeaveType *type = currentType();
    r.leaveTypeId = type ? type->id : QString();
    r.start = {m_firstDay->date(), WeeklyPattern::HalfDay(m_firstHalf->currentData().toInt())};
    r.end = {m_lastDay->date(), WeeklyPattern::HalfDay(m_lastHalf->currentData().toInt())};
    r.comment = m_comment->toPlainText().trimmed();
    // A document attached for another type is not sent with this one.
    if (!type || !type->documentRequired) {
        r.document.clear();
        r.documentSha256.clear();
        r.documentSize = 0;
        r.documentName.clear();
        r.documentMimeType.clear();
    }
    return r;
}

void LeaveRequestForm::typeChanged()
{
    if (m_loading)
        return;
    const LeaveType *type = currentType();
    // Types counted in whole days: the halves cannot be chosen, rather than refused.
    const bool halves = !type || type->halfDayUnit;
    if (!halves) {
        m_firstHalf->setCurrentIndex(0);
        m_lastHalf->setCurrentIndex(0);
    }
    m_firstHalf->setEnabled(halves);
    m_lastHalf->setEnabled(halves);
    m_form->setRowVisible(m_documentRow->parentWidget(), type && type->documentRequired);
    refresh();
}

void LeaveRequestForm::firstDayChanged()
{
    // A last day before the first is never meant: follow the first.
    if (!m_loading && m_lastDay->date() < m_firstDay->date())
        m_lastDay->setDate(m_firstDay->date());
    refresh();
}

void LeaveRequestForm::refresh()
{
    if (m_loading)
        return;
    const LeaveRequest r = request();
    const LeaveType *type = currentType();
    m_evaluation = m_store.evaluate(r);
    const LeaveRequestStore::Evaluation &e = m_evaluation;
    const QLocale locale;

    if (e.count.isValid()) {
        m_count->setText(
            Tr::tr("%1 (%2)").arg(daysText(e.count.halfDays, type && type->countsCalendarDays),
                                  LeaveRequestListModel::periodText(r.start, r.end)));
    } else {
        m_count->setText(QStringLiteral("–"));
    }
    QStringList skipped;
    for (const PublicHoliday &h : e.count.holidays)
        skipped << Tr::tr("%1 (%2)").arg(h.name,
                                         locale.toString(h.date, QStringLiteral("ddd dd/MM/yyyy")));
    // One day a line: a long absence may cross several holidays.
    m_skipped->setText(skipped.isEmpty()
                           ? QString()
                           : Tr::tr("Not counted: %1").arg(skipped.join(QStringLiteral(",\n"))));
    m_skipped->setVisible(!skipped.isEmpty());

    if (type && type->hasBalance) {
        const int before = e.balance.projectedHundredths();
        const int after = before - (e.count.isValid() ? e.count.halfDays * 50 : 0);
        QString text = Tr::tr("%1 rights: <b>%2</b> before this request, <b>%3</b> after it.")
                           .arg(r.start.date.year())
                           .arg(LeaveLedger::formatDays(before).toHtmlEscaped(),
                                LeaveLedger::formatDays(after).toHtmlEscaped());
        if (e.balance.pendingHundredths > 0)
            text
                += QStringLiteral("<br>")
                   + Tr::tr("Your other requests waiting for a decision already count for %1.")
                         .arg(LeaveLedger::formatDays(e.balance.pendingHundredths).toHtmlEscaped());
        m_balance->setText(text);
    } else if (type && type->fixedDaysHundredths > 0) {
        m_balance->setText(
            Tr::tr("No balance for this leave: at most %1 each time.")
                .arg(LeaveLedger::formatDays(type->fixedDaysHundredths).toHtmlEscaped()));
    } else {
        m_balance->setText(Tr::tr("No balance is kept for this leave."));
    }

    m_documentName->setText(
        r.documentName.isEmpty()
            ? Tr::tr("No document attached")
            : Tr::tr("%1 (%2)").arg(r.documentName, locale.formattedDataSize(r.documentSize)));
    m_removeDocument->setEnabled(!r.documentName.isEmpty());

    showProblems(e.problems);
    m_error->hide();
    fitHeight();
}

void LeaveRequestForm::fitHeight()
{
    // A reason that appears must be read whole: the form grows rather than squeezing it, and
    // shrinks back when the reason goes. Nothing in it gains from more height.
    // The labels just shown or hidden re-lay their boxes out in posted events: run them first,
    // or the height is that of the previous text.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QLayout *main = layout();
    main->activate();
    const int needed = main->hasHeightForWidth() ? main->totalHeightForWidth(width())
                                                 : main->totalSizeHint().height();
    if (needed != height())
        resize(width(), needed);
}

void LeaveRequestForm::showProblems(const QList<LeaveProblem> &problems)
{
    m_problems = problems;
    QHash<int, QStringList> byField;
    for (const LeaveProblem &p : problems)
        byField[int(p.field)].append(p.message);
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    m_submit->setEnabled(problems.isEmpty() && !m_lockedElsewhere);
    m_submit->setToolTip(problems.isEmpty() ? QString()
                                            : Tr::tr("Correct what is shown in red first."));
}

void LeaveRequestForm::chooseDocument()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        Tr::tr("Attach a supporting document"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        Tr::tr("Documents (*.pdf *.jpg *.jpeg *.png)"));
    if (!path.isEmpty())
        attachDocument(path);
}

bool LeaveRequestForm::attachDocument(const QString &path)
{
    const Result<LeaveRequestStore::Attachment> read = m_store.readDocument(path);
    if (!read.ok()) {
        refresh();
        QLabel *label = m_problemLabels.value(int(LeaveProblem::Field::Document));
        label->setText(read.error());
        label->show();
        fitHeight();
        return false;
    }
    m_request.document.clear();
    m_request.documentSha256 = read.value().sha256;
    m_request.documentSize = read.value().byteSize;
    m_request.documentName = read.value().fileName;
    m_request.documentMimeType = read.value().mimeType;
    refresh();
    return true;
}

void LeaveRequestForm::removeDocument()
{
    m_request.document.clear();
    m_request.documentSha256.clear();
    m_request.documentSize = 0;
    m_request.documentName.clear();
    m_request.documentMimeType.clear();
    refresh();
}

void LeaveRequestForm::submit()
{
    LeaveRequest r = request();
    const LeaveRequestStore::Result result = m_store.submit(r);
    finishSave(result, r);
}

void LeaveRequestForm::saveDraft()
{
    LeaveRequest r = request();
    const LeaveRequestStore::Result result = m_store.saveDraft(r);
    finishSave(result, r);
}

void LeaveRequestForm::finishSave(const LeaveRequestStore::Result &result,
                                  const LeaveRequest &written)
{
    if (result.ok) {
        m_request.id = written.id;
        m_request.state = result.state;
        m_lastError.clear();
        emit saved(written.id, result.state);
        accept();
        return;
    }
    // Nothing typed is touched: the reasons go next to their fields, the rest below.
    m_lastError = result.message();
    if (!result.problems.isEmpty())
        showProblems(result.problems);
    m_error->setText(result.error);
    m_error->setVisible(!result.error.isEmpty());
    fitHeight();
}

} // namespace Civitas::Leave::Internal

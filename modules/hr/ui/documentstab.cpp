#include "documentstab.h"
#include <hr/hrtr.h>

#include "documentviewer.h"
#include "hrwidgets.h"
#include "optionaldateedit.h"
#include <hr/domain/hrcodes.h>
#include <hr/store/agentfilestore.h>

#include <core/storage/textlimits.h>

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

DocumentsTab::DocumentsTab(AgentFileStore &store, AgentFile *file, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_file(file)
    , m_table(HrWidgets::historyTable(
          QStringLiteral("documentTable"),
          Tr::tr("Documents of the file"),
          {Tr::tr("No."), Tr::tr("Category"), Tr::tr("Title"), Tr::tr("Date"), Tr::tr("Size")},
          2,
          this))
{
    auto *viewButton = new QPushButton(Tr::tr("View"), this);
    viewButton->setObjectName(QStringLiteral("viewDocument"));

    m_form = new QGroupBox(Tr::tr("New document"), this);
    m_category = new QComboBox(m_form);
    m_category->setObjectName(QStringLiteral("documentCategory"));
    m_category->setAccessibleName(Tr::tr("Category"));
    for (const HrCodes::Code &c : HrCodes::codes(HrCodes::DocumentCategory))
        m_category->addItem(c.label, c.code);
    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setMaxLength(TextLimits::Name);
    m_title->setAccessibleName(Tr::tr("Title"));
    m_title->setPlaceholderText(Tr::tr("e.g. Arrêté d'avancement d'échelon"));
    m_date = new OptionalDateEdit(m_form);
    m_date->setObjectName(QStringLiteral("documentDate"));
    m_date->setAccessibleName(Tr::tr("Date of the document"));
    m_date->setOptionalDate(QDate::currentDate());
    m_hint = new QLabel(m_form);
    m_hint->setWordWrap(true);
    m_problem = new QLabel(m_form);
    m_problem->setObjectName(QStringLiteral("documentProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *choose = new QPushButton(Tr::tr("Choose the file and add…"), m_form);
    choose->setObjectName(QStringLiteral("addDocument"));
    auto *grid = new QFormLayout;
    grid->addRow(Tr::tr("Category"), m_category);
    grid->addRow(QString(), m_hint);
    grid->addRow(Tr::tr("Title"), m_title);
    grid->addRow(Tr::tr("Date"), m_date);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(Tr::tr("PDF, JPEG or PNG, %1 at most.")
                                      .arg(QLocale().formattedDataSize(AgentDocument::MaximumSize)),
                                  m_form));
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(choose);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addLayout(grid);
    formLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addStretch();
    tableButtons->addWidget(viewButton);
    layout->addLayout(tableButtons);
    layout->addWidget(m_form);
    connect(m_category, &QComboBox::currentIndexChanged, this, &DocumentsTab::updateCategoryHint);
    connect(choose, &QPushButton::clicked, this, &DocumentsTab::chooseFile);
    connect(viewButton, &QPushButton::clicked, this, [this] {
        if (QDialog *viewer = view(m_table->currentRow()))
            viewer->open();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (QDialog *viewer = view(row))
            viewer->open();
    });
    updateCategoryHint();
}

void DocumentsTab::updateCategoryHint()
{
    const QString category = m_category->currentData().toString();
    // What the law lets into the file, said where the choice is made.
    if (category == QLatin1String("absences"))
        m_hint->setText(Tr::tr("Only the decision: the type of leave and its dates. Never a "
                               "medical certificate or a diagnosis."));
    else if (category == QLatin1String("evaluations"))
        m_hint->setText(Tr::tr("The signed evaluation report. No political, union, religious or "
                               "philosophical opinion."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());
}

void DocumentsTab::refresh()
{
    const QLocale locale;
    m_table->setRowCount(int(m_file->documents.size()));
    for (int i = 0; i < m_file->documents.size(); ++i) {
        const AgentDocument &d = m_file->documents.at(i);
        const QStringList cells = {QString::number(d.sequenceNumber),
                                   HrCodes::label(HrCodes::DocumentCategory, d.category),
                                   d.title,
                                   locale.toString(d.documentDate, QLocale::ShortFormat),
                                   locale.formattedDataSize(d.byteSize)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (d.isNew)
                item->setToolTip(
                    Tr::tr("Not saved yet: the number is given when the file is saved"));
            m_table->setItem(i, c, item);
        }
    }
    m_problem->hide();
}

QString DocumentsTab::addDocumentFile(const QString &path,
                                      const QString &category,
                                      const QString &title,
                                      QDate date)
{
    if (title.trimmed().isEmpty())
        return Tr::tr("Give the document a title before choosing the file.");
    if (!date.isValid())
        return Tr::tr("Give the date of the document.");
    AgentDocument d;
    QString error;
    if (!AgentFileStore::readDocumentFile(path, &d, &error))
        return error;
    d.category = category;
    d.title = title.trimmed();
    d.documentDate = date;
    d.sequenceNumber = m_file->nextDocumentNumber();
    m_file->documents.append(d);
    refresh();
    emit changed();
    return {};
}

void DocumentsTab::chooseFile()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty()) {
        problem = Tr::tr("Give the document a title before choosing the file.");
    } else {
        const QString path = QFileDialog::getOpenFileName(
            this,
            Tr::tr("Add a document to the file"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            Tr::tr("Documents (*.pdf *.jpg *.jpeg *.png)"));
        if (path.isEmpty())
            return;
        problem = addDocumentFile(
            path, m_category->currentData().toString(), m_title->text(), m_date->optionalDate());
        if (problem.isEmpty())
            m_title->clear();
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QDialog *DocumentsTab::view(int row)
{
    if (row < 0 || row >= m_file->documents.size())
        return nullptr;
    AgentDocument d = m_file->documents.at(row);
    if (d.content.isEmpty())
        d.content = m_store.documentContent(d.id);
    auto *viewer = new DocumentViewer(d, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    return viewer;
}

void DocumentsTab::setReadOnly(bool readOnly)
{
    m_form->setVisible(!readOnly);
}

} // namespace Civitas::Hr::Internal

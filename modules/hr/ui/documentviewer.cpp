#include "documentviewer.h"
#include <hr/hrtr.h>

#include <hr/domain/hrcodes.h>

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

DocumentViewer::DocumentViewer(const AgentDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("documentViewer"));
    setWindowTitle(Tr::tr("Piece %1: %2").arg(document.sequenceNumber).arg(document.title));
    auto *layout = new QVBoxLayout(this);
    auto *caption
        = new QLabel(Tr::tr("%1 — %2 — %3 — %4")
                         .arg(HrCodes::label(HrCodes::DocumentCategory, document.category),
                              QLocale().toString(document.documentDate, QLocale::ShortFormat),
                              document.fileName,
                              QLocale().formattedDataSize(document.content.size())),
                     this);
    layout->addWidget(caption);
    if (document.mimeType == QLatin1String("application/pdf")) {
        m_buffer = new QBuffer(this);
        m_buffer->setData(document.content);
        m_buffer->open(QIODevice::ReadOnly);
        auto *pdf = new QPdfDocument(this);
        pdf->load(m_buffer);
        m_pageCount = pdf->status() == QPdfDocument::Status::Ready ? pdf->pageCount() : 0;
        auto *view = new QPdfView(this);
        view->setObjectName(QStringLiteral("pdfView"));
        view->setAccessibleName(Tr::tr("Document pages"));
        view->setDocument(pdf);
        view->setPageMode(QPdfView::PageMode::MultiPage);
        view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        layout->addWidget(view, 1);
    } else {
        QPixmap image;
        image.loadFromData(document.content);
        m_pageCount = image.isNull() ? 0 : 1;
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("imageView"));
        label->setAlignment(Qt::AlignCenter);
        label->setPixmap(image);
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(label);
        scroll->setWidgetResizable(true);
        layout->addWidget(scroll, 1);
    }
    if (m_pageCount == 0)
        layout->addWidget(
            new QLabel(Tr::tr("This document cannot be shown: its content is damaged."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(Tr::tr("Save a copy…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &DocumentViewer::saveCopy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 900);
}

void DocumentViewer::saveCopy()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        Tr::tr("Save a copy"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + m_document.fileName);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(m_document.content) != m_document.content.size() || !file.commit())
        QMessageBox::warning(this,
                             windowTitle(),
                             Tr::tr("The copy could not be written: %1").arg(file.errorString()));
}

} // namespace Civitas::Hr::Internal

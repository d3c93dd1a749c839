#pragma once

#include <hr/domain/agentdocument.h>
#include <hr/hrglobal.h>

#include <QDialog>

class QBuffer;

namespace Civitas::Hr::Internal {

// Shows a piece of the file inside the application (PDF pages or the image), with "save a
// copy" for when it must leave the application.
class CIVITAS_HR_TESTS_EXPORT DocumentViewer : public QDialog
{
    Q_OBJECT
public:
    // `document.content` must be loaded.
    explicit DocumentViewer(const AgentDocument &document, QWidget *parent = nullptr);

    // Number of PDF pages shown, or 1 for an image, 0 when the content could not be read.
    int pageCount() const { return m_pageCount; }

private:
    void saveCopy();

    AgentDocument m_document;
    QBuffer *m_buffer = nullptr;
    int m_pageCount = 0;
};

} // namespace Civitas::Hr::Internal

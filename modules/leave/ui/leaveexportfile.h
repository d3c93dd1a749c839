#pragma once

#include <leave/leaveglobal.h>

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QFileDialog;
class QIODevice;
class QWidget;
QT_END_NAMESPACE

namespace Civitas::Leave::Internal {

// Where the leave pages save what they export (a calendar, the balances): the question
// asked without blocking, and the file written whole or not at all.
namespace LeaveExportFile {

// Opens a window-modal save dialog on `fileName` in the user's documents and calls `save` with
// the path chosen. It does not block, so that the page stays in the event loop (and tests can
// reach the dialog by its object name).
CIVITAS_LEAVE_TESTS_EXPORT QFileDialog *
askPath(QWidget *parent,
        const QString &objectName,
        const QString &title,
        const QString &fileName,
        const QString &filter,
        const std::function<void(const QString &path)> &save);

// Writes through `writeTo` into a QSaveFile: an existing file is replaced only once the new
// one is complete. False with a sentence naming the file and the reason.
CIVITAS_LEAVE_TESTS_EXPORT bool write(const QString &path,
                                      const std::function<bool(QIODevice *, QString *)> &writeTo,
                                      QString *error);

// A unit's code or a name as a part of a file name: letters, digits and dashes.
CIVITAS_LEAVE_TESTS_EXPORT QString fileNamePart(const QString &text);

} // namespace LeaveExportFile

} // namespace Civitas::Leave::Internal

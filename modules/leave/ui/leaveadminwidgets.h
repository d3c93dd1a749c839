#pragma once

#include <leave/leaveglobal.h>

#include <QString>

#include <functional>

class QLabel;
class QSpinBox;
class QWidget;

namespace Civitas::Leave::Internal {

class LeaveAgentField;

// The small pieces the tabs of HR's leave administration build the same way, so that the
// days off, the closing, the allocations and the forms look and answer alike.
namespace LeaveAdminWidgets {

// A tab's explanation above its form, wrapped to the width of the page.
CIVITAS_LEAVE_TESTS_EXPORT QLabel *explanation(const QString &text, QWidget *parent);

// The year a tab works on, from 2000 to 2100.
CIVITAS_LEAVE_TESTS_EXPORT QSpinBox *yearBox(const QString &objectName, int year, QWidget *parent);

// What a form answers: room for a refusal of a few lines, so that the layout does not jump.
CIVITAS_LEAVE_TESTS_EXPORT QLabel *resultLabel(const QString &objectName, QWidget *parent);

// Who the agent field designates, as HR types.
CIVITAS_LEAVE_TESTS_EXPORT QLabel *
agentNameLabel(LeaveAgentField *field, const QString &objectName, QWidget *parent);

// Asks (window-modal, the page stays responsive) and runs `onYes` when confirmed; the box is
// a child of `parent`, named `objectName`, Cancel by default.
CIVITAS_LEAVE_TESTS_EXPORT void confirm(QWidget *parent,
                                        const QString &objectName,
                                        const QString &title,
                                        const QString &text,
                                        const std::function<void()> &onYes);

} // namespace LeaveAdminWidgets
} // namespace Civitas::Leave::Internal

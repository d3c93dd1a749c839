#pragma once

#include <QLoggingCategory>
#include <QtGlobal>

#if defined(CIVITAS_HR_LIBRARY)
#define CIVITAS_HR_EXPORT Q_DECL_EXPORT
#else
#define CIVITAS_HR_EXPORT Q_DECL_IMPORT
#endif

// Pages, dialogs and tabs (namespace ...::Internal) are the module's own: no other library
// links them. They are exported only so that the module's tests can drive them.
#define CIVITAS_HR_TESTS_EXPORT CIVITAS_HR_EXPORT

// The module's logging category (civitas.hr): failures that cannot be shown where they
// happen are logged here, never dropped.
CIVITAS_HR_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcHr)

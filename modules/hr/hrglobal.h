#pragma once

#include <QLoggingCategory>
#include <QtGlobal>

#if defined(CIVITAS_HR_LIBRARY)
#define CIVITAS_HR_EXPORT Q_DECL_EXPORT
#else
#define CIVITAS_HR_EXPORT Q_DECL_IMPORT
#endif

// The module's logging category (civitas.hr): failures that cannot be shown where they
// happen are logged here, never dropped.
CIVITAS_HR_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcHr)

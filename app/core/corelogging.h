#pragma once

// One logging category per core subsystem, so that a failure is logged where it happened and
// can be shown on its own (QT_LOGGING_RULES="civitas.sync.debug=true").

#include <core/coreglobal.h>

#include <QLoggingCategory>

CIVITAS_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcExtension) // civitas.modules
CIVITAS_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcStorage)   // civitas.storage
CIVITAS_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcSync)      // civitas.sync
CIVITAS_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcAccess)    // civitas.access
CIVITAS_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcFormats)   // civitas.formats
CIVITAS_CORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcDemo)      // civitas.demo

#include "corelogging.h"

Q_LOGGING_CATEGORY(lcExtension, "civitas.modules", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "civitas.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "civitas.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccess, "civitas.access", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFormats, "civitas.formats", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "civitas.demo", QtInfoMsg)

#include "searchprovider.h"

namespace Civitas {

SearchProvider::~SearchProvider() = default;
RecordView::~RecordView() = default;
LiveView::~LiveView() = default;

} // namespace Civitas

#pragma once

// A demo town (core and HR demo data) in a temporary file, opened as the application opens
// it, for tests that need realistic agent files.

#include <testdesk.h>

class HrDemoDesk : public TestDesk
{
public:
    bool open(int agents = 300) { return openDemo(agents); }
};

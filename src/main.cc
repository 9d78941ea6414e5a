// The livingwell command. Everything is in cli/.
#include "cli/cli.h"

int main(int argc, char** argv) { return lw::cli::Main(argc, argv); }

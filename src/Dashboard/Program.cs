// Entry point: the `indicadores` command line. Commands are dispatched in CommandLine/.
return 0;

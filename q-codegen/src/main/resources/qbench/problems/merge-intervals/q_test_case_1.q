result:solve[(1 3;2 16;20 24;25 28)];
show result;

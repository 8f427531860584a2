result:solve[-1 -1 0 1 1 0];
show result;

result:solve[-1 1 0 -3 3];
show result;

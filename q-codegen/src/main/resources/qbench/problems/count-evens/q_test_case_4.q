result:solve[-2 -1 0 3];
show result;

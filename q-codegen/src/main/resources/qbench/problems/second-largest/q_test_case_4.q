result:solve[-1 -5 -3];
show result;

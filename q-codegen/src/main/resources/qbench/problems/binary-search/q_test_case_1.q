result:solve[-1 0 3 5 9 12;9];
show result;

result:solve[-1 -100 3 99;2];
show result;

result:solve[-3 -2 -5];
show result;

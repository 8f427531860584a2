result:solve[-4 10];
show result;

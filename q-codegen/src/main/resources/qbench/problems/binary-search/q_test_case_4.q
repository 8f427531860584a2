result:solve[1 3 5 7;1];
show result;

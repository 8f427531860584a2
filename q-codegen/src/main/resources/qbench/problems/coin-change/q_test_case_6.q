result:solve[5 7;1];
show result;

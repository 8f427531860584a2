result:solve["abc";1];
show result;
